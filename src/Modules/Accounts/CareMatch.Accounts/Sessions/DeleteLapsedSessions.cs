using CareMatch.SharedKernel.Scheduling;

namespace CareMatch.Accounts.Sessions;

/// <summary>Daily, removes sessions that can never be used again, so the table holds only live ones and a week of history.</summary>
internal sealed class DeleteLapsedSessions(SessionStore sessions) : IScheduledTask
{
    public string Id => "accounts-delete-lapsed-sessions";

    public string Cron => "40 3 * * *";

    public Task RunAsync(CancellationToken cancellationToken) => sessions.DeleteLapsedAsync(cancellationToken);
}
