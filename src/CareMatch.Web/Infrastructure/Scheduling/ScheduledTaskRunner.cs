using CareMatch.SharedKernel.Scheduling;

namespace CareMatch.Web.Infrastructure.Scheduling;

/// <summary>Hangfire stores a call to this runner with the task's id; modules never see Hangfire.</summary>
public sealed class ScheduledTaskRunner(IEnumerable<IScheduledTask> jobs)
{
    public Task RunAsync(string jobId, CancellationToken cancellationToken) =>
        jobs.Single(j => j.Id == jobId).RunAsync(cancellationToken);
}
