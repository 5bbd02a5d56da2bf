namespace CareMatch.Notifications.Contracts;

/// <summary>
/// Absolute links for Notifications' emails. The host implements it, so this module knows
/// nothing of the public address or how routes are built.
/// </summary>
public interface INotificationLinks
{
    /// <summary>The full address of a path on this site, like "/Inbox".</summary>
    string Absolute(string path);

    /// <summary>The full address of the unsubscribe page for one signed token.</summary>
    string Unsubscribe(string token);
}
