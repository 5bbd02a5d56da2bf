namespace CareMatch.Web.Infrastructure.Scheduling;

/// <summary>The <c>Hangfire</c> configuration section.</summary>
public sealed class HangfireSettings
{
    public const string Section = "Hangfire";

    /// <summary>Run a job server in this process. Every node can; the storage shares the work.</summary>
    public bool ServerEnabled { get; set; } = true;

    public int WorkerCount { get; set; } = 4;

    /// <summary>How often idle workers look for new jobs.</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(2);
}
