namespace CareMatch.SharedKernel.Scheduling;

/// <summary>
/// A module's periodic work. Modules do not reference Hangfire: the host schedules every
/// registered job on its recurring-job server.
/// </summary>
public interface IScheduledTask
{
    /// <summary>Stable id, shown on the jobs dashboard.</summary>
    string Id { get; }

    /// <summary>Cron expression, UTC.</summary>
    string Cron { get; }

    Task RunAsync(CancellationToken cancellationToken);
}
