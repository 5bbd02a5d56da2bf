using CareMatch.SharedKernel.Jobs;

namespace CareMatch.Web.Infrastructure.Jobs;

/// <summary>Hangfire stores a call to this runner with the job's id; modules never see Hangfire.</summary>
public sealed class ModuleJobRunner(IEnumerable<IRecurringJob> jobs)
{
    public Task RunAsync(string jobId, CancellationToken cancellationToken) =>
        jobs.Single(j => j.Id == jobId).RunAsync(cancellationToken);
}
