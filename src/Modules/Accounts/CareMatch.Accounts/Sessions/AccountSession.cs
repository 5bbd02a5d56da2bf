namespace CareMatch.Accounts.Sessions;

/// <summary>
/// One signed-in browser. The cookie carries only the id; the row says whether the session is
/// still open, so signing out ends that cookie on every node at once, even a copy of it.
/// </summary>
internal sealed class AccountSession
{
    public required string Id { get; init; }

    public required string UserId { get; init; }

    public DateTimeOffset StartedAt { get; init; }

    public DateTimeOffset? EndedAt { get; set; }
}
