using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.SharedKernel.Scheduling;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Matching;

public static class MatchingJobs
{
    public const string RematchJobId = "matching-rematch-open-requests";

    /// <summary>Runs the hourly re-match as Hangfire would: the registered job, in a scope of its own.</summary>
    public static Task RunRematchAsync(this CareMatchAppFactory factory) =>
        factory.InScopeAsync(services => services.GetServices<IScheduledTask>().Single(j => j.Id == RematchJobId).RunAsync(CancellationToken.None));
}
