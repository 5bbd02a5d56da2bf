using CareMatch.SharedKernel.Email;

namespace CareMatch.Web.Infrastructure.Email;

/// <summary>
/// The List-Unsubscribe headers of an email that has an unsubscribe link: the link itself, and the
/// one-click POST (RFC 8058) that mail clients send to it without opening a page.
/// </summary>
public static class UnsubscribeHeaders
{
    public static IEnumerable<(string Name, string Value)> Of(EmailMessage message)
    {
        if (message.UnsubscribeUrl is not { Length: > 0 } url) yield break;
        yield return ("List-Unsubscribe", $"<{url}>");
        yield return ("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    }
}
