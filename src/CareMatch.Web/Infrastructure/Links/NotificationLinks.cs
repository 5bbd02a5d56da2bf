using CareMatch.Notifications.Contracts;

namespace CareMatch.Web.Infrastructure.Links;

/// <summary>Absolute links for Notifications' emails, from the same public address as Accounts' (see <see cref="PublicAddress"/>).</summary>
public sealed class NotificationLinks(LinkGenerator links, IHttpContextAccessor accessor, IConfiguration configuration) : INotificationLinks
{
    public string Absolute(string path) => $"{PublicAddress.BaseUrl(accessor, configuration)}{path}";

    public string Unsubscribe(string token) =>
        Absolute(links.GetPathByPage("/Notifications/Unsubscribe", handler: null, new { token }) ?? throw new InvalidOperationException("No route to /Notifications/Unsubscribe."));
}
