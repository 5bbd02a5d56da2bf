using System.Net;
using System.Text.RegularExpressions;
using CareMatch.Commissioning.Persistence;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Trust;

/// <summary>
/// Safeguarding concerns through the pages: a message is reported from its thread, an urgent one
/// reaches the council's safeguarding mailbox at once with its times and without the words, admins
/// read the thread only through the concern (and each reading is in its trail), the raiser sees the
/// status, and nobody else sees the concern or its count.
/// </summary>
public abstract partial class SafeguardingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    // Requests in these tests are in LS1 (CareRequestForms); each factory has its own database.
    private const string District = "LS1";
    private const string Harmful = "You will give me your bank card or else, 07700 900999";
    private const string WhatHappened = "The carer is threatening my mother for money";

    [Fact]
    public async Task An_urgent_concern_reaches_the_council_contact_at_once_and_admins_read_the_thread_only_through_it()
    {
        var contact = await CouncilContactAsync();
        var (invited, thread, messageId) = await ThreadWithMessageAsync("Hal Harmful", Harmful, fromCarer: true);

        var form = await PageAsync(invited.Seeker, $"/Concerns/New?messageId={messageId}");
        Assert.Contains("If someone is in danger now, call 999", form, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"council-phone\">To speak to the council's adult safeguarding team about someone at risk, call <strong>0113 222 4401</strong>", form, StringComparison.Ordinal);
        var raised = await invited.Seeker.SubmitAsync($"/Concerns/New?messageId={messageId}", new Dictionary<string, string> { ["Input.WhatHappened"] = WhatHappened, ["Input.Urgent"] = "true" });
        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var concernId = Guid.Parse(raised.Headers.Location!.OriginalString.Split("raised=")[1]);

        var email = Assert.Single(factory.EmailsTo(contact));
        var reference = Reference().Match(email).Value;
        Assert.StartsWith("SG-", reference, StringComparison.Ordinal);
        Assert.Contains($"Urgent safeguarding concern {reference} in {District}", email, StringComparison.Ordinal);
        Assert.Matches(@"Raised at: \d{1,2} \w+ \d{4} \d{2}:\d{2}:\d{2} UTC", email);
        Assert.Matches(@"Sent at: \d{1,2} \w+ \d{4} \d{2}:\d{2}:\d{2} UTC", email);
        Assert.Contains($"/Admin/Concerns/{concernId}", email, StringComparison.Ordinal);
        // Data minimisation: neither the message nor the raiser's words leave the app by email.
        Assert.DoesNotContain("bank card", email, StringComparison.Ordinal);
        Assert.DoesNotContain("threatening", email, StringComparison.Ordinal);

        var mine = await PageAsync(invited.Seeker, raised.Headers.Location!.OriginalString);
        Assert.Contains("We have told the council's adult safeguarding team", mine, StringComparison.Ordinal);
        Assert.Contains($"Your concern's reference is {reference}", mine, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"concern-status\">New<", mine, StringComparison.Ordinal);

        var admin = await factory.AdminAsync();
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(thread)).StatusCode);
        Assert.Contains(reference, await PageAsync(admin, "/Admin/Concerns"), StringComparison.Ordinal);
        var read = await PageAsync(admin, $"/Admin/Concerns/{concernId}/Thread");
        Assert.Contains(Harmful, read, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"reported\"", read, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Admin/Concerns/{concernId}", new Dictionary<string, string>(), handler: "Assign")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync($"/Admin/Concerns/{concernId}", new Dictionary<string, string> { ["Input.Status"] = "ReferredToCouncil", ["Input.Note"] = "Phoned the council duty team" })).StatusCode);
        var detail = await PageAsync(admin, $"/Admin/Concerns/{concernId}");
        Assert.Equal(
            ["Raised", "Emailed to the council's safeguarding contact", "Read the message thread", "Assigned", "Status changed", "Note"],
            TrailKinds().Matches(detail).Select(m => m.Groups[1].Value).ToList());
        Assert.Contains("New to Referred to the council", detail, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"concern-status\">Referred to the council<", detail, StringComparison.Ordinal);

        // The raiser sees the new status and is told of it, but never the admins' note.
        mine = await PageAsync(invited.Seeker, "/Concerns");
        Assert.Contains("data-testid=\"concern-status\">Referred to the council<", mine, StringComparison.Ordinal);
        Assert.DoesNotContain("duty team", mine, StringComparison.Ordinal);
        await factory.DrainOutboxAsync();
        Assert.Contains($"Your concern {reference} is now: Referred to the council", await PageAsync(invited.Seeker, "/Inbox"), StringComparison.Ordinal);

        // Nobody else sees it: not the carer it is about, not another seeker, not by the admin pages.
        Assert.DoesNotContain(reference, await PageAsync(invited.Carer.Client, "/Concerns"), StringComparison.Ordinal);
        var (otherEmail, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        var otherSeeker = await factory.SignedInAsync(otherEmail);
        Assert.Contains("data-testid=\"no-concerns\"", await PageAsync(otherSeeker, "/Concerns"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherSeeker.GetAsync($"/Admin/Concerns/{concernId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await otherSeeker.GetAsync($"/Admin/Concerns/{concernId}/Thread")).StatusCode);
        // A message of a thread the asker is not in is not found, whoever they are.
        Assert.Equal(HttpStatusCode.NotFound, (await otherSeeker.GetAsync($"/Concerns/New?messageId={messageId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSeeker.PostWithTokenFromAsync("/Account/ChangePassword", $"/Concerns/New?messageId={messageId}", new Dictionary<string, string> { ["Input.WhatHappened"] = "Guessing", ["Input.Urgent"] = "true" })).StatusCode);
        Assert.Single(factory.EmailsTo(contact));

        // Another council's commissioner sees no count of this council's concerns.
        var otherCommissioner = await factory.CommissionerOfNewCouncilAsync();
        var home = await PageAsync(otherCommissioner.Client, "/Commissioner");
        Assert.Contains("data-testid=\"concerns-open\">0<", home, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"concerns-urgent\">0<", home, StringComparison.Ordinal);
        Assert.DoesNotContain(reference, home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_concern_that_is_not_urgent_sends_no_email_and_bad_input_is_told_at_its_field()
    {
        var contact = await CouncilContactAsync();
        var before = factory.EmailsTo(contact).Count;
        var (invited, _, messageId) = await ThreadWithMessageAsync("Nia Notsure", "See you on Monday", fromCarer: false);
        var page = $"/Concerns/New?messageId={messageId}";

        var refused = await invited.Carer.Client.SubmitAsync(page, new Dictionary<string, string> { ["Input.WhatHappened"] = "  " });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Enter what happened", html, StringComparison.Ordinal);
        Assert.Contains("Select yes if anyone is in immediate danger", html, StringComparison.Ordinal);
        var tooLong = await (await invited.Carer.Client.SubmitAsync(page, new Dictionary<string, string> { ["Input.WhatHappened"] = new string('x', 2001), ["Input.Urgent"] = "false" })).Content.ReadAsStringAsync();
        Assert.Contains("What happened must be 2,000 characters or fewer", tooLong, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await invited.Carer.Client.SubmitAsync(page, new Dictionary<string, string> { ["Input.WhatHappened"] = "The family asked me to keep medicines out of reach of the doctor", ["Input.Urgent"] = "false" })).StatusCode);
        Assert.Equal(before, factory.EmailsTo(contact).Count);
        Assert.Contains("data-testid=\"concern-status\">New<", await PageAsync(invited.Carer.Client, "/Concerns"), StringComparison.Ordinal);
    }

    /// <summary>A council on the requests' district with its safeguarding contact, set on the admin's page (a bad address is refused at its field first).</summary>
    private async Task<string> CouncilContactAsync()
    {
        var admin = await factory.AdminAsync();
        var councilId = await factory.InScopeAsync(services => services.GetRequiredService<CommissioningDbContext>().CouncilDistricts.Where(d => d.District == District).Select(d => (Guid?)d.CouncilId).SingleOrDefaultAsync());
        if (councilId is null)
        {
            var name = $"Council {Guid.NewGuid():N}";
            Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync("/Admin/Councils/Create", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Districts"] = District })).StatusCode);
            councilId = await factory.InScopeAsync(services => services.GetRequiredService<CommissioningDbContext>().Councils.Where(c => c.Name == name).Select(c => (Guid?)c.Id).SingleAsync());
        }
        var page = $"/Admin/Councils/Safeguarding?councilId={councilId}";
        var refused = await admin.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = "not an address", ["Input.Phone"] = "call me" });
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("Enter an email address in the correct format", html, StringComparison.Ordinal);
        Assert.Contains("Enter a phone number", html, StringComparison.Ordinal);
        var contact = "adult.safeguarding@leeds.example.gov.uk";
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(page, new Dictionary<string, string> { ["Input.Email"] = contact, ["Input.Phone"] = "0113 222 4401" })).StatusCode);
        Assert.Contains(contact, await PageAsync(admin, page), StringComparison.Ordinal);
        return contact;
    }

    private async Task<(BookingSetup.Invited Invited, string Thread, Guid MessageId)> ThreadWithMessageAsync(string carerName, string text, bool fromCarer)
    {
        var invited = await factory.InvitedAsync("StomaCare", carerName: carerName);
        await factory.DrainOutboxAsync();
        var thread = $"/Messages/{invited.RequestId}/{invited.Carer.ProfileId}";
        var writer = fromCarer ? invited.Carer.Client : invited.Seeker;
        Assert.Equal(HttpStatusCode.Redirect, (await writer.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Text"] = text })).StatusCode);
        var reader = fromCarer ? invited.Seeker : invited.Carer.Client;
        var messageId = Guid.Parse(ReportLink().Match(await PageAsync(reader, thread)).Groups[1].Value);
        return (invited, thread, messageId);
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"/Concerns/New\?messageId=([0-9a-f-]{36})")]
    private static partial Regex ReportLink();

    [GeneratedRegex(@"SG-[0-9A-F]{8}")]
    private static partial Regex Reference();

    [GeneratedRegex(@"data-testid=""trail-entry"">[^<]*<strong>([^<]*)</strong>")]
    private static partial Regex TrailKinds();
}

public sealed class SafeguardingTestsOnSqlite(SqliteAppFactory factory) : SafeguardingTests<SqliteAppFactory>(factory);

public sealed class SafeguardingTestsOnPostgreSql(PostgresAppFactory factory) : SafeguardingTests<PostgresAppFactory>(factory);
