using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;

namespace CareMatch.IntegrationTests.Needs;

/// <summary>Someone invited to act on a request, the way the product does it: the People page, the emailed link, the accept button.</summary>
public static class ActingSetup
{
    public sealed record Helper(HttpClient Client, string Email, string UserId, string Name);

    /// <summary>Posts the invitation from the People page; answers the response (a redirect when it was sent).</summary>
    public static Task<HttpResponseMessage> InviteToRequestAsync(this HttpClient poster, Guid requestId, string yourName, string theirName, string theirEmail, string role) =>
        poster.SubmitAsync($"/Seeker/Requests/{requestId}/People", new Dictionary<string, string>
        {
            ["Input.YourName"] = yourName,
            ["Input.TheirName"] = theirName,
            ["Input.TheirEmail"] = theirEmail,
            ["Input.Role"] = role,
        });

    /// <summary>A new seeker account invited by <paramref name="poster"/> as <paramref name="role"/>, who accepts through the emailed link.</summary>
    public static async Task<Helper> HelperWhoAcceptedAsync(this CareMatchAppFactory factory, HttpClient poster, Guid requestId, string name, string role, string posterName = "Sam Poster")
    {
        var (email, userId) = await factory.RegisterAsync(AccountRoles.Seeker);
        var invited = await poster.InviteToRequestAsync(requestId, posterName, name, email, role);
        Assert.True(invited.StatusCode == HttpStatusCode.Redirect, await invited.Content.ReadAsStringAsync());
        var client = await factory.SignedInAsync(email);
        var accepted = await client.SubmitAsync(InvitationLinkTo(factory, email), new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal($"/Seeker/Requests/{requestId}", accepted.Headers.Location!.OriginalString);
        return new Helper(client, email, userId, name);
    }

    /// <summary>
    /// The link in the invitation email itself, not just the newest email: on a clock the test
    /// holds still, the account's confirmation email has the same timestamp and may sort after it.
    /// </summary>
    private static string InvitationLinkTo(CareMatchAppFactory factory, string email)
    {
        var invitation = factory.EmailsTo(email).LastOrDefault(e => e.Contains("/Seeker/Invitations", StringComparison.OrdinalIgnoreCase));
        Assert.True(invitation is not null, $"No invitation was emailed to {email}");
        var link = System.Text.RegularExpressions.Regex.Match(invitation, @"https?://\S+/Seeker/Invitations\S*");
        Assert.True(link.Success, $"The invitation to {email} has no link:\n{invitation}");
        return WebUtility.HtmlDecode(new Uri(link.Value).PathAndQuery);
    }
}
