using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Inbox;
using CareMatch.Notifications.Preferences;
using CareMatch.SharedKernel.Email;

namespace CareMatch.Notifications.Delivery;

/// <summary>
/// Every email Notifications sends, in one shape: what happened, the link to it, and a footer
/// that says how to stop emails like it (one click, no signing in) or why they cannot be stopped.
/// Plain text only, so there is no HTML part to fall out of step with it.
/// </summary>
internal sealed class NotificationEmails(INotificationLinks links, UnsubscribeTokens tokens)
{
    public const string SettingsPath = "/Notifications/Settings";

    public EmailMessage For(string address, Notification notification)
    {
        var unsubscribe = NotificationKinds.IsSafety(notification.Kind) ? null : links.Unsubscribe(tokens.For(notification.UserId, notification.Kind));
        var footer = unsubscribe is null
            ? $"""
              We always send emails like this one, whatever your settings: they are about your safety or your account's, and nobody should miss them.
              Choose which other emails you get: {links.Absolute(SettingsPath)}
              """
            : $"""
              To stop emails like this one, open this link (you do not need to sign in):
              {unsubscribe}
              Choose which emails you get: {links.Absolute(SettingsPath)}
              """;
        return new EmailMessage(address, notification.Title,
            $"""
            {notification.Body}

            Open it on CareMatch: {links.Absolute(notification.Link)}

            ---
            {footer}
            """,
            unsubscribe);
    }
}
