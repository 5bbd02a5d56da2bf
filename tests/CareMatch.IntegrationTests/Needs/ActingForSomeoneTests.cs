using System.Net;
using System.Text.RegularExpressions;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;

namespace CareMatch.IntegrationTests.Needs;

/// <summary>
/// A family acting for someone, with consent: the poster invites people with a stated role, only
/// the invited account can accept, what each does is attributed to them in the request's history,
/// and the person cared for sees everyone and can end anyone's access.
/// </summary>
public abstract partial class ActingForSomeoneTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task An_attorney_accepts_by_the_emailed_link_acts_on_the_request_and_the_history_names_them()
    {
        var (poster, _) = await factory.NewSeekerAsync();
        var requestId = await poster.PostRequestAsync(CareRequestForms.Weekly());
        var (janeEmail, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var jane = await factory.SignedInAsync(janeEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await jane.GetAsync($"/Seeker/Requests/{requestId}")).StatusCode);

        var invited = await poster.InviteToRequestAsync(requestId, "Sam Poster", "Jane Smith", janeEmail, "Attorney");
        Assert.Equal(HttpStatusCode.Redirect, invited.StatusCode);
        var email = Assert.Single(factory.EmailsTo(janeEmail), e => e.Contains("invited you", StringComparison.Ordinal));
        Assert.Contains("Sam Poster invited you to help arrange care for", email, StringComparison.Ordinal);
        Assert.Contains("as attorney", email, StringComparison.Ordinal);
        var link = factory.LinkInLatestEmailTo(janeEmail);
        Assert.Contains("Invited", await PageAsync(poster, $"/Seeker/Requests/{requestId}/People"), StringComparison.Ordinal);

        // A forwarded link is no use to anyone else: the page says whose it is, and accepting is refused.
        var (otherEmail, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var other = await factory.SignedInAsync(otherEmail);
        Assert.Contains("This invitation was sent to", await PageAsync(other, link), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await other.SubmitAsync(link, new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync($"/Seeker/Requests/{requestId}")).StatusCode);

        var accepted = await jane.SubmitAsync(link, new Dictionary<string, string>());
        Assert.Equal($"/Seeker/Requests/{requestId}", accepted.Headers.Location!.OriginalString);
        Assert.Contains("You help with it as attorney", await PageAsync(jane, $"/Seeker/Requests/{requestId}"), StringComparison.Ordinal);
        Assert.Contains("You help as attorney", await PageAsync(jane, "/Seeker"), StringComparison.Ordinal);

        var cancelled = await jane.SubmitAsync($"/Seeker/Requests/{requestId}/Cancel", new Dictionary<string, string> { ["Input.Reason"] = "Mum is moving to a care home" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);

        // Each sees the others by name and role, and themselves as "You".
        var posterHistory = History(await PageAsync(poster, $"/Seeker/Requests/{requestId}"));
        Assert.Equal(("Cancelled the request", "Jane Smith (attorney)"), posterHistory[0]);
        Assert.Contains(("Accepted the invitation as attorney", "Jane Smith (attorney)"), posterHistory);
        Assert.Contains(("Invited Jane Smith as attorney", "You"), posterHistory);
        var janeHistory = History(await PageAsync(jane, $"/Seeker/Requests/{requestId}"));
        Assert.Equal(("Cancelled the request", "You"), janeHistory[0]);
        Assert.Contains(("Invited Jane Smith as attorney", "Sam Poster (posted the request)"), janeHistory);
    }

    [Fact]
    public async Task The_person_cared_for_sees_everyone_and_ends_a_family_members_access_who_then_sees_nothing()
    {
        var (poster, _) = await factory.NewSeekerAsync();
        var requestId = await poster.PostRequestAsync(CareRequestForms.Weekly());
        var margaret = await factory.HelperWhoAcceptedAsync(poster, requestId, "Margaret Jones", "PersonCaredFor");
        var jane = await factory.HelperWhoAcceptedAsync(poster, requestId, "Jane Smith", "FamilyMember");
        var people = $"/Seeker/Requests/{requestId}/People";

        // A family member may act, but not decide who else may: no invitation form, no way to end another's access.
        var janeView = await PageAsync(jane.Client, people);
        Assert.DoesNotContain("Invite someone", janeView, StringComparison.Ordinal);
        Assert.Equal(["Give up my access for Jane Smith"], WithdrawButtons(janeView));
        Assert.Equal(HttpStatusCode.OK, (await jane.Client.InviteToRequestAsync(requestId, "Jane Smith", "Bob", "bob@example.org", "FamilyMember")).StatusCode);
        var margaretAccess = AccessIds(await PageAsync(poster, people))[0];
        Assert.Equal(HttpStatusCode.NotFound, (await jane.Client.SubmitAsync(people, new Dictionary<string, string>(), $"Withdraw&accessId={margaretAccess}")).StatusCode);

        var margaretView = await PageAsync(margaret.Client, people);
        Assert.Contains("Sam Poster", margaretView, StringComparison.Ordinal);
        Assert.Contains("Jane Smith", margaretView, StringComparison.Ordinal);
        Assert.Contains("Invite someone", margaretView, StringComparison.Ordinal);
        var janeAccess = AccessIds(margaretView)[1];
        var ended = await margaret.Client.SubmitAsync(people, new Dictionary<string, string>(), $"Withdraw&accessId={janeAccess}");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await jane.Client.GetAsync($"/Seeker/Requests/{requestId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jane.Client.GetAsync(people)).StatusCode);
        Assert.DoesNotContain(requestId.ToString(), await PageAsync(jane.Client, "/Seeker"), StringComparison.Ordinal);
        Assert.Contains("Access ended", await PageAsync(poster, people), StringComparison.Ordinal);
        Assert.Contains(("Withdrew the access of Jane Smith (family member)", "Margaret Jones (the person cared for)"),
            History(await PageAsync(poster, $"/Seeker/Requests/{requestId}")));
    }

    [Fact]
    public async Task Invitation_form_errors_are_shown_at_their_fields_and_nothing_is_sent()
    {
        var (posterEmail, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var poster = await factory.SignedInAsync(posterEmail);
        var requestId = await poster.PostRequestAsync(CareRequestForms.Weekly());
        var empty = await PageOfAsync(await poster.InviteToRequestAsync(requestId, "", "", "", ""));
        Assert.Contains("Enter your name", empty, StringComparison.Ordinal);
        Assert.Contains("Enter the name of the person you are inviting", empty, StringComparison.Ordinal);
        Assert.Contains("Enter their email address", empty, StringComparison.Ordinal);
        Assert.Contains("Choose their role", empty, StringComparison.Ordinal);
        Assert.Contains("Enter an email address in the correct format", await PageOfAsync(await poster.InviteToRequestAsync(requestId, "Sam", "Jo", "not an email", "FamilyMember")), StringComparison.Ordinal);

        Assert.Contains("That is the email address of the person who posted the request", await PageOfAsync(await poster.InviteToRequestAsync(requestId, "Sam", "Me", posterEmail.ToUpperInvariant(), "FamilyMember")), StringComparison.Ordinal);
        Assert.Empty(AccessIds(await PageAsync(poster, $"/Seeker/Requests/{requestId}/People")));

        Assert.Equal(HttpStatusCode.Redirect, (await poster.InviteToRequestAsync(requestId, "Sam", "Jo", "jo.twice@example.org", "FamilyMember")).StatusCode);
        Assert.Contains("has already been invited", await PageOfAsync(await poster.InviteToRequestAsync(requestId, "Sam", "Jo", "Jo.Twice@example.org", "FamilyMember")), StringComparison.Ordinal);
        Assert.Single(factory.EmailsTo("jo.twice@example.org"));

        // Someone else's request: not found, whatever is posted.
        var (stranger, _) = await factory.NewSeekerAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync($"/Seeker/Requests/{requestId}/People")).StatusCode);
    }

    [Fact]
    public async Task A_helper_who_deletes_their_account_leaves_no_name_or_email_but_the_history_keeps_what_they_did()
    {
        var (poster, _) = await factory.NewSeekerAsync();
        var requestId = await poster.PostRequestAsync(CareRequestForms.Weekly());
        var jane = await factory.HelperWhoAcceptedAsync(poster, requestId, "Jane Gone", "FamilyMember");

        var deleted = await jane.Client.SubmitAsync("/Account/DeleteAccount", new Dictionary<string, string> { ["Input.Password"] = People.Password });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        await factory.DrainOutboxAsync();

        Assert.DoesNotContain("Jane Gone", PeopleTable(await PageAsync(poster, $"/Seeker/Requests/{requestId}/People")), StringComparison.Ordinal);
        Assert.Contains(("Accepted the invitation as family member", "Someone who has left"), History(await PageAsync(poster, $"/Seeker/Requests/{requestId}")));
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static async Task<string> PageOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static List<(string What, string Who)> History(string html) =>
        [.. HistoryRow().Matches(html).Select(m => (m.Groups[1].Value.Trim(), m.Groups[2].Value.Trim()))];

    private static string PeopleTable(string html) => html[html.IndexOf("data-testid=\"people\"", StringComparison.Ordinal)..html.IndexOf("</table>", StringComparison.Ordinal)];

    private static List<string> WithdrawButtons(string html) =>
        [.. WithdrawButton().Matches(html).Select(m => Regex.Replace(m.Groups[1].Value, "<[^>]+>", "").Trim())];

    private static List<Guid> AccessIds(string html) => [.. AccessId().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value))];

    [GeneratedRegex(@"data-testid=""history-entry"">\s*<td[^>]*>[^<]*</td>\s*<td[^>]*>([^<]*)</td>\s*<td[^>]*>([^<]*)</td>")]
    private static partial Regex HistoryRow();

    [GeneratedRegex(@"govuk-button--warning[^>]*>\s*(.*?)</button>", RegexOptions.Singleline)]
    private static partial Regex WithdrawButton();

    [GeneratedRegex(@"accessId=([0-9a-f-]{36})")]
    private static partial Regex AccessId();
}

public sealed class ActingForSomeoneTestsOnSqlite(SqliteAppFactory factory) : ActingForSomeoneTests<SqliteAppFactory>(factory);

public sealed class ActingForSomeoneTestsOnPostgreSql(PostgresAppFactory factory) : ActingForSomeoneTests<PostgresAppFactory>(factory);
