using System.Net;
using System.Text.RegularExpressions;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Notifications.Contracts;
using CareMatch.SharedKernel.Authorization;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Notifications;

/// <summary>Reading notification emails and inboxes as their person would, and telling someone something as a module would.</summary>
public static partial class NotificationMail
{
    public static IReadOnlyList<string> EmailsAbout(this CareMatchAppFactory factory, string address, string subject) =>
        factory.EmailsTo(address).Where(e => e.Contains($"Subject: {subject}\r\n", StringComparison.Ordinal)).ToList();

    /// <summary>The path and query of the unsubscribe link in an email's footer.</summary>
    public static string UnsubscribeLinkIn(string email)
    {
        var link = UnsubscribeLink().Match(email);
        Assert.True(link.Success, $"No unsubscribe link in:\n{email}");
        return new Uri(link.Value).PathAndQuery;
    }

    public static async Task<string> InboxAsync(this HttpClient client) => WebUtility.HtmlDecode(await client.GetStringAsync("/Inbox"));

    public static List<Guid> NotificationIds(string inbox) => NotificationId().Matches(inbox).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    /// <summary>The id of the one notification in <paramref name="inbox"/> titled <paramref name="title"/>.</summary>
    public static Guid NotificationIdOf(string inbox, string title)
    {
        var found = Regex.Matches(inbox, $"href=\"/Inbox/([0-9a-f-]{{36}})\">{Regex.Escape(title)}</a>");
        Assert.True(found.Count == 1, $"{found.Count} notifications titled \"{title}\" in:\n{inbox}");
        return Guid.Parse(found[0].Groups[1].Value);
    }

    /// <summary>Opens a notification from the inbox, as its link does, and answers where it leads.</summary>
    public static async Task<string> OpenNotificationAsync(this HttpClient client, Guid notificationId)
    {
        var opened = await client.GetAsync($"/Inbox/{notificationId}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        return opened.Headers.Location!.OriginalString;
    }

    /// <summary>Posts the unsubscribe page's form as an email reader (signed in or not) would, and answers the outcome shown.</summary>
    public static async Task<string> UnsubscribeAsync(this HttpClient client, string link)
    {
        var token = WebUtility.UrlDecode(link[(link.IndexOf("token=", StringComparison.Ordinal) + "token=".Length)..]);
        var response = await client.PostAsync("/Notifications/Unsubscribe", new FormUrlEncodedContent(new Dictionary<string, string> { ["Token"] = token }));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await response.Content.ReadAsStringAsync();
        var outcome = Outcome().Match(page);
        Assert.True(outcome.Success, page);
        return outcome.Groups[1].Value;
    }

    /// <summary>Whether the settings page shows that kind's box ticked.</summary>
    public static bool EmailSettingIsOn(string settingsPage, NotificationKind kind)
    {
        var box = Regex.Match(settingsPage, $"<input[^>]*data-testid=\"email-setting-{kind}\"[^>]*>");
        Assert.True(box.Success, $"No box for {kind}");
        return box.Value.Contains(" checked", StringComparison.Ordinal);
    }

    public static Task NotifyAsModuleAsync(this CareMatchAppFactory factory, Notify notify) =>
        factory.InScopeAsync(async services => await services.GetRequiredService<IModuleSender>().Send(notify));

    [GeneratedRegex(@"https://localhost/Notifications/Unsubscribe\?token=[A-Za-z0-9_\-%]+")]
    private static partial Regex UnsubscribeLink();

    [GeneratedRegex("data-notification-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex NotificationId();

    [GeneratedRegex("data-outcome=\"([A-Za-z]+)\"")]
    private static partial Regex Outcome();
}
