namespace CareMatch.Notifications.Contracts;

/// <summary>What an unsubscribe link did, and for which kind (none when the link was not valid).</summary>
public sealed record UnsubscribeResult(UnsubscribeOutcome Outcome, NotificationKind? Kind);
