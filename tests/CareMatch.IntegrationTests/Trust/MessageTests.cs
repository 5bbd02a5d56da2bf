using System.Net;
using System.Text.RegularExpressions;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.Trust.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Trust;

/// <summary>
/// Messages between a family and a carer through the pages: the thread opens with an
/// invitation, contact details are masked for both until the booking is confirmed and shown
/// after it, and nobody outside the thread can read or write in it.
/// </summary>
public abstract partial class MessageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    private const string WithContacts = "Call me on 07700 900123 or write to jo.family@example.org, see www.example.org/care";

    [Fact]
    public async Task Contact_details_are_masked_for_both_sides_until_the_booking_is_confirmed_and_shown_after()
    {
        var invited = await factory.InvitedAsync("StomaCare", carerName: "Mo Message");
        await factory.DrainOutboxAsync();
        var thread = $"/Messages/{invited.RequestId}/{invited.Carer.ProfileId}";

        Assert.Equal(HttpStatusCode.Redirect, (await invited.Seeker.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Text"] = WithContacts })).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await invited.Carer.Client.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Text"] = "Happy to help. I'm on 0113 496 0000." })).StatusCode);

        await factory.DrainOutboxAsync();
        // Each side is told a message is waiting, never what it says.
        Assert.Contains("New message from the family", await PageAsync(invited.Carer.Client, "/Inbox"), StringComparison.Ordinal);
        Assert.Contains("New message from Mo Message", await PageAsync(invited.Seeker, "/Inbox"), StringComparison.Ordinal);
        var email = Assert.Single(factory.EmailsTo(invited.Carer.Email), e => e.Contains("New message from the family", StringComparison.Ordinal));
        Assert.Contains(thread, email, StringComparison.Ordinal);
        Assert.DoesNotContain("07700", email, StringComparison.Ordinal);

        var carerView = await PageAsync(invited.Carer.Client, thread);
        Assert.Equal(
            ["Call me on [phone number hidden] or write to [email address hidden], see [link hidden]", "Happy to help. I'm on [phone number hidden]."],
            MessageTexts(carerView));
        Assert.Contains("Messages with the family", carerView, StringComparison.Ordinal);
        Assert.Contains("hidden in these messages until a booking is confirmed", carerView, StringComparison.Ordinal);
        Assert.DoesNotContain("07700", carerView, StringComparison.Ordinal);
        Assert.DoesNotContain("jo.family", carerView, StringComparison.Ordinal);
        // The writer sees what the other side sees, so they know their number did not get through.
        var seekerView = await PageAsync(invited.Seeker, thread);
        Assert.DoesNotContain("07700", seekerView, StringComparison.Ordinal);
        Assert.Contains("<strong>Mo Message</strong>", seekerView, StringComparison.Ordinal);
        Assert.Contains("<strong>You</strong>", seekerView, StringComparison.Ordinal);

        await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId);
        await factory.DrainOutboxAsync();

        carerView = await PageAsync(invited.Carer.Client, thread);
        Assert.Equal([WithContacts, "Happy to help. I'm on 0113 496 0000."], MessageTexts(carerView));
        Assert.Contains("You have a confirmed booking, so phone numbers", carerView, StringComparison.Ordinal);
        Assert.Equal(2, MessageTexts(await PageAsync(invited.Seeker, thread)).Count);
    }

    [Fact]
    public async Task Nobody_outside_the_thread_reads_or_writes_in_it_and_an_admin_without_a_concern_is_refused()
    {
        var invited = await factory.InvitedAsync("StomaCare", carerName: "Pat Private");
        await factory.DrainOutboxAsync();
        var thread = $"/Messages/{invited.RequestId}/{invited.Carer.ProfileId}";
        await invited.Seeker.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Text"] = "Only for Pat" });

        var (otherSeekerEmail, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        var otherSeeker = await factory.SignedInAsync(otherSeekerEmail);
        var otherCarer = await factory.CarerWithSkillAsync("Oz Other", "LS6 2AB", "StomaCare");
        var admin = await factory.AdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await otherSeeker.GetAsync(thread)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherCarer.Client.GetAsync(thread)).StatusCode);
        // The carer of another thread, pointing at this request with their own id: no offer between them, so no thread.
        Assert.Equal(HttpStatusCode.NotFound, (await otherCarer.Client.GetAsync($"/Messages/{invited.RequestId}/{otherCarer.ProfileId}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await admin.GetAsync(thread)).StatusCode);
        Assert.DoesNotContain("Only for Pat", await otherSeeker.GetStringAsync("/Messages"), StringComparison.Ordinal);

        // Posting into it from outside: the other carer's own form token, aimed at this thread.
        var theirs = await otherCarer.Client.PostWithTokenFromAsync("/Messages", thread, new Dictionary<string, string> { ["Input.Text"] = "Let me in" });
        Assert.Equal(HttpStatusCode.NotFound, theirs.StatusCode);
        Assert.Equal(1, await MessageCountAsync(invited.RequestId));
    }

    [Fact]
    public async Task An_empty_or_overlong_message_is_refused_at_its_box_and_nothing_is_saved()
    {
        var invited = await factory.InvitedAsync("StomaCare", carerName: "Val Valid");
        await factory.DrainOutboxAsync();
        var thread = $"/Messages/{invited.RequestId}/{invited.Carer.ProfileId}";

        var empty = await invited.Seeker.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Text"] = "   " });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Enter your message", WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        var overlong = await invited.Seeker.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Text"] = new string('a', 2001) });
        var html = WebUtility.HtmlDecode(await overlong.Content.ReadAsStringAsync());
        Assert.Contains("Your message must be 2,000 characters or fewer", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#Input_Text\"", html, StringComparison.Ordinal);
        Assert.Equal(0, await MessageCountAsync(invited.RequestId));
    }

    [Fact]
    public async Task Each_side_finds_the_thread_from_their_offers_and_their_list_of_messages()
    {
        var invited = await factory.InvitedAsync("StomaCare", carerName: "Lin Listed");
        await factory.DrainOutboxAsync();
        var thread = $"/Messages/{invited.RequestId}/{invited.Carer.ProfileId}";
        await invited.Carer.Client.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Text"] = "Hello" });

        Assert.Contains($"href=\"{thread}\"", await invited.Carer.Client.GetStringAsync("/Carer/Offers"), StringComparison.Ordinal);
        Assert.Contains($"href=\"{thread}\"", await invited.Seeker.GetStringAsync($"/Seeker/Requests/{invited.RequestId}/Offers"), StringComparison.Ordinal);
        var seekerList = await PageAsync(invited.Seeker, "/Messages");
        Assert.Contains($"href=\"{thread}\">Lin Listed</a>", seekerList, StringComparison.Ordinal);
        var carerList = await PageAsync(invited.Carer.Client, "/Messages");
        Assert.Contains($"href=\"{thread}\">The family</a>", carerList, StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    private static List<string> MessageTexts(string html) => MessageText().Matches(html).Select(m => m.Groups[1].Value).ToList();

    private Task<int> MessageCountAsync(Guid requestId) => factory.InScopeAsync(services =>
    {
        var db = services.GetRequiredService<TrustDbContext>();
        return db.ConversationMessages.CountAsync(m => db.Conversations.Any(c => c.Id == m.ConversationId && c.RequestId == requestId));
    });

    [GeneratedRegex("data-testid=\"message-text\">([^<]*)<")]
    private static partial Regex MessageText();
}

public sealed class MessageTestsOnSqlite(SqliteAppFactory factory) : MessageTests<SqliteAppFactory>(factory);

public sealed class MessageTestsOnPostgreSql(PostgresAppFactory factory) : MessageTests<PostgresAppFactory>(factory);
