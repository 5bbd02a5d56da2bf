using System.Net;
using System.Text.RegularExpressions;

namespace CareMatch.IntegrationTests.Infrastructure;

/// <summary>Reads the emails the app wrote to its pickup folder, as the person they were sent to would.</summary>
public static partial class Mailbox
{
    public static IReadOnlyList<string> EmailsTo(this CareMatchAppFactory factory, string address) =>
        Directory.Exists(factory.MailFolder)
            ? Directory.GetFiles(factory.MailFolder, "*.eml").Order(StringComparer.Ordinal)
                .Select(File.ReadAllText)
                .Where(text => text.Contains($"To: {address}\r\n", StringComparison.OrdinalIgnoreCase))
                .ToList()
            : [];

    /// <summary>The path and query of the only link in the newest email to that address.</summary>
    public static string LinkInLatestEmailTo(this CareMatchAppFactory factory, string address)
    {
        var email = factory.EmailsTo(address).LastOrDefault();
        Assert.True(email is not null, $"No email was sent to {address}");
        var link = Link().Match(email);
        Assert.True(link.Success, $"The email to {address} has no link:\n{email}");
        return WebUtility.HtmlDecode(new Uri(link.Value).PathAndQuery);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Link();
}
