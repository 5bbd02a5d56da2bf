using CareMatch.Matching.Alerts;
using CareMatch.Matching.CarerIndexing;
using CareMatch.Matching.OpenRequests;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Weights;
using CareMatch.Matching.Persistence;
using CareMatch.Matching.Responsiveness;
using CareMatch.SharedKernel.Hosting;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Persistence;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Matching;

public static class MatchingModule
{
    public static IServiceCollection AddMatchingModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<MatchingDbContext>(MatchingDbContext.Schema);
        services.AddValidatorsFromAssembly(typeof(MatchingModule).Assembly, includeInternalTypes: true);
        // One index per node, shared by every request and event handler; it locks itself.
        services.AddSingleton(CarerIndexFreshness.From(configuration));
        services.AddSingleton<CarerIndexHolder>();
        services.AddScoped<IModuleInitializer, WarmCarerIndexAtStart>();
        services.AddScoped<CouncilMatchers>();
        services.AddScoped<OpenRequestsForMatching>();
        services.AddScoped<BestCarerAlerts>();
        services.AddScoped<IScheduledTask, RematchOpenRequestsTask>();
        services.AddScoped<IScheduledTask, AgeOutReplyTimesTask>();
        // Validated once at start: bad weights stop the app with a clear message, never a bad ranking.
        services.AddSingleton(new CarerMatcher(ConfiguredMatchWeights.From(configuration)));
        return services;
    }
}
