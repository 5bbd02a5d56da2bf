using System.Net;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;
using CareMatch.Notifications.Contracts;

namespace CareMatch.IntegrationTests.Notifications;

/// <summary>
/// An invitation reaches the carer's inbox and mailbox (plain text, an unsubscribe link in the
/// footer and the List-Unsubscribe header); the inbox is the person's own; settings stop a kind's
/// emails but never a safety kind's.
/// </summary>
public abstract class InboxAndEmailTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    private const string InvitationSubject = "A family invited you to care for them";

    [Fact]
    public async Task An_invitation_reaches_the_carers_inbox_and_mailbox_in_plain_text_with_an_unsubscribe_link()
    {
        var invited = await factory.InvitedAsync("StomaCare", carerName: "Ines Inbox");
        await factory.DrainOutboxAsync();

        var email = Assert.Single(factory.EmailsAbout(invited.Carer.Email, InvitationSubject));
        Assert.Contains("Content-Type: text/plain; charset=utf-8\r\n", email, StringComparison.Ordinal);
        Assert.Contains("Read their request and accept or decline it by", email, StringComparison.Ordinal);
        Assert.Contains("Open it on CareMatch: https://localhost/Carer/Offers\r\n", email, StringComparison.Ordinal);
        var unsubscribe = NotificationMail.UnsubscribeLinkIn(email);
        Assert.Contains($"List-Unsubscribe: <https://localhost{unsubscribe}>\r\n", email, StringComparison.Ordinal);
        Assert.Contains("List-Unsubscribe-Post: List-Unsubscribe=One-Click\r\n", email, StringComparison.Ordinal);
        Assert.DoesNotContain(CareRequestForms.AddressLine, email, StringComparison.Ordinal);

        var home = WebUtility.HtmlDecode(await invited.Carer.Client.GetStringAsync("/Carer"));
        Assert.Contains("Inbox (<span data-testid=\"unread-count\">1</span> unread)", home, StringComparison.Ordinal);
        var inbox = await invited.Carer.Client.InboxAsync();
        Assert.Contains(InvitationSubject, inbox, StringComparison.Ordinal);
        Assert.Contains("data-read=\"false\"", inbox, StringComparison.Ordinal);

        var opened = await invited.Carer.Client.GetAsync($"/Inbox/{Assert.Single(NotificationMail.NotificationIds(inbox))}");
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal("/Carer/Offers", opened.Headers.Location!.OriginalString);
        Assert.Contains("data-read=\"true\"", await invited.Carer.Client.InboxAsync(), StringComparison.Ordinal);
        Assert.DoesNotContain("unread-count", await invited.Carer.Client.GetStringAsync("/Carer"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_inbox_shows_only_your_own_notifications_and_someone_elses_is_not_found()
    {
        var invited = await factory.InvitedAsync("PegFeeding", carerName: "Otto Own");
        await factory.DrainOutboxAsync();
        var carersId = Assert.Single(NotificationMail.NotificationIds(await invited.Carer.Client.InboxAsync()));

        var seekersInbox = await invited.Seeker.InboxAsync();
        Assert.DoesNotContain(InvitationSubject, seekersInbox, StringComparison.Ordinal);
        Assert.DoesNotContain(carersId.ToString(), seekersInbox, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await invited.Seeker.GetAsync($"/Inbox/{carersId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await invited.Seeker.GetAsync($"/Inbox/{Guid.NewGuid()}")).StatusCode);
        // Trying did not mark it read for its owner.
        Assert.Contains("data-read=\"false\"", await invited.Carer.Client.InboxAsync(), StringComparison.Ordinal);

        var anonymous = factory.CreateBrowserLikeClient();
        var refused = await anonymous.GetAsync("/Inbox");
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("/Account/SignIn", refused.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Answers_and_bookings_tell_the_other_side()
    {
        var invited = await factory.InvitedAsync("Epilepsy", carerName: "Anya Answer");
        await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId);
        await factory.DrainOutboxAsync();

        Assert.Single(factory.EmailsAbout(invited.SeekerEmail, "Anya Answer accepted your invitation"));
        Assert.Single(factory.EmailsAbout(invited.SeekerEmail, "Your care with Anya Answer is booked"));
        Assert.Single(factory.EmailsAbout(invited.Carer.Email, "You have a new booking"));
        var seekersInbox = await invited.Seeker.InboxAsync();
        Assert.Contains("Anya Answer accepted your invitation", seekersInbox, StringComparison.Ordinal);
        Assert.Contains("Your care with Anya Answer is booked", seekersInbox, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_carers_cancellation_tells_the_family_and_asks_nearby_carers_to_cover()
    {
        var invited = await factory.InvitedAsync("PalliativeCare", carerName: "Cora Cancel");
        var cover = await factory.CarerWithSkillAsync("Cal Cover", "LS6 2AB", "PalliativeCare");
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        var visitId = BookingSetup.VisitIds(await invited.Carer.Client.GetStringAsync($"/Bookings/{bookingId}"))[0];
        var cancelled = await invited.Carer.Client.VisitActionAsync(visitId, "Cancel", new Dictionary<string, string> { ["Input.Reason"] = "Family emergency" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        await factory.DrainOutboxAsync();

        var told = Assert.Single(factory.EmailsTo(invited.SeekerEmail), e => e.Contains("Subject: Cora Cancel cancelled the visit on", StringComparison.Ordinal));
        Assert.Contains("We are asking other carers near you to cover it", told, StringComparison.Ordinal);
        var asked = Assert.Single(factory.EmailsTo(cover.Email), e => e.Contains("Subject: Can you cover a visit on", StringComparison.Ordinal));
        Assert.Contains("A carer cannot come to a visit in LS1 4 on", asked, StringComparison.Ordinal);
        Assert.Contains("https://localhost/Carer/Cover", asked, StringComparison.Ordinal);
        Assert.DoesNotContain(CareRequestForms.AddressLine, asked, StringComparison.Ordinal);
        Assert.Contains("Can you cover a visit on", await cover.Client.InboxAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ending_a_booking_tells_both_sides_why_and_their_notification_leads_to_the_booking()
    {
        var invited = await factory.InvitedAsync("StrokeRecovery", carerName: "Enid Ending");
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        await factory.DrainOutboxAsync();
        var ended = await invited.Carer.Client.PostWithTokenFromAsync($"/Bookings/{bookingId}", $"/Bookings/{bookingId}?handler=End",
            new Dictionary<string, string> { ["Input.Reason"] = "I am moving to Scotland." });
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        await factory.DrainOutboxAsync();

        const string Said = "The booking has ended and its remaining visits are cancelled. The reason given: I am moving to Scotland.";
        foreach (var (email, client, title) in new[]
                 {
                     (invited.SeekerEmail, invited.Seeker, "Your booking has ended"),
                     (invited.Carer.Email, invited.Carer.Client, "A booking of yours has ended"),
                 })
        {
            var sent = Assert.Single(factory.EmailsAbout(email, title));
            Assert.Contains(Said, sent, StringComparison.Ordinal);
            Assert.Contains($"Open it on CareMatch: https://localhost/Bookings/{bookingId}\r\n", sent, StringComparison.Ordinal);
            var inbox = await client.InboxAsync();
            Assert.Contains(Said, inbox, StringComparison.Ordinal);
            var leadsTo = await client.OpenNotificationAsync(NotificationMail.NotificationIdOf(inbox, title));
            Assert.Equal($"/Bookings/{bookingId}", leadsTo);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(leadsTo)).StatusCode);
        }

        // The family hears it once, in that one notification, not again for each visit cancelled with it.
        Assert.DoesNotContain(factory.EmailsTo(invited.SeekerEmail), e => e.Contains("Subject: Enid Ending cancelled the visit on", StringComparison.Ordinal));
        Assert.DoesNotContain("Enid Ending cancelled the visit on", await invited.Seeker.InboxAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Turning_a_kind_off_stops_its_emails_but_not_the_inbox_nor_safety_emails()
    {
        var invited = await factory.InvitedAsync("Parkinsons", carerName: "Tilly Turnoff");
        await factory.DrainOutboxAsync();
        Assert.Single(factory.EmailsAbout(invited.Carer.Email, InvitationSubject));

        var everythingButOffers = NotificationKinds.CanBeTurnedOff.Where(k => k != NotificationKind.Offer)
            .Select((kind, i) => (Key: $"On[{i}]", Value: kind.ToString())).ToDictionary(f => f.Key, f => f.Value);
        var saved = await invited.Carer.Client.SubmitAsync("/Notifications/Settings", everythingButOffers);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var settings = WebUtility.HtmlDecode(await invited.Carer.Client.GetStringAsync("/Notifications/Settings"));
        Assert.Contains("Your email settings are saved.", settings, StringComparison.Ordinal);
        Assert.False(NotificationMail.EmailSettingIsOn(settings, NotificationKind.Offer));
        Assert.True(NotificationMail.EmailSettingIsOn(settings, NotificationKind.VisitReminder));
        Assert.Contains("Safeguarding concerns", settings, StringComparison.Ordinal);

        var (secondSeeker, _) = await factory.NewSeekerAsync();
        var secondRequest = await secondSeeker.PostRequestAsync(ShortlistSetup.RequestNeeding("Parkinsons"));
        await secondSeeker.InviteAsync(secondRequest, invited.Carer.ProfileId);
        await factory.DrainOutboxAsync();

        Assert.Single(factory.EmailsAbout(invited.Carer.Email, InvitationSubject));
        Assert.Equal(2, NotificationMail.NotificationIds(await invited.Carer.Client.InboxAsync()).Count);

        // Nothing at all turned on: a safety notification still arrives by email.
        await invited.Carer.Client.SubmitAsync("/Notifications/Settings", new Dictionary<string, string>());
        await factory.NotifyAsModuleAsync(new Notify(invited.Carer.UserId, NotificationKind.Safeguarding, "A concern was raised about a visit", "Someone raised a concern about a visit of yours.", "/Carer/Visits"));
        var safety = Assert.Single(factory.EmailsAbout(invited.Carer.Email, "A concern was raised about a visit"));
        Assert.DoesNotContain("List-Unsubscribe", safety, StringComparison.Ordinal);
        Assert.Contains("We always send emails like this one", safety, StringComparison.Ordinal);

        // A module's notification may only link within the site.
        var offSite = await Assert.ThrowsAsync<CareMatch.SharedKernel.Validation.InputValidationException>(() =>
            factory.NotifyAsModuleAsync(new Notify(invited.Carer.UserId, NotificationKind.Message, "A new message", "You have a new message.", "//evil.example/")));
        Assert.Equal(["The link must be a path on this site, starting with /"], offSite.Errors["Link"]);
    }

    [Fact]
    public async Task An_unsubscribe_link_works_once_without_signing_in_and_only_for_its_own_person_and_kind()
    {
        var invited = await factory.InvitedAsync("Autism", carerName: "Una Subscribe");
        await factory.DrainOutboxAsync();
        var link = NotificationMail.UnsubscribeLinkIn(Assert.Single(factory.EmailsAbout(invited.Carer.Email, InvitationSubject)));
        var stranger = factory.CreateBrowserLikeClient();

        var page = await stranger.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains(">Unsubscribe</button>", await page.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var tampered = link[..^3] + (link[^3] == 'A' ? 'B' : 'A') + link[^2..];
        Assert.Equal(nameof(UnsubscribeOutcome.NotValid), await stranger.UnsubscribeAsync(tampered));
        Assert.Equal(nameof(UnsubscribeOutcome.NotValid), await stranger.UnsubscribeAsync("/Notifications/Unsubscribe?token="));
        Assert.Equal(nameof(UnsubscribeOutcome.NotValid), await stranger.UnsubscribeAsync("/Notifications/Unsubscribe?token=not-a-token"));
        Assert.True(NotificationMail.EmailSettingIsOn(await invited.Carer.Client.GetStringAsync("/Notifications/Settings"), NotificationKind.Offer));

        Assert.Equal(nameof(UnsubscribeOutcome.TurnedOff), await stranger.UnsubscribeAsync(link));
        Assert.Equal(nameof(UnsubscribeOutcome.AlreadyOff), await stranger.UnsubscribeAsync(link));
        // Signed in as someone else changes nothing: the link still names only its own person.
        Assert.Equal(nameof(UnsubscribeOutcome.AlreadyOff), await invited.Seeker.UnsubscribeAsync(link));
        // A mail client's one-click unsubscribe (RFC 8058) posts to the link itself, token in the address.
        var oneClick = await stranger.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string> { ["List-Unsubscribe"] = "One-Click" }));
        Assert.Equal(HttpStatusCode.OK, oneClick.StatusCode);
        Assert.Contains($"data-outcome=\"{nameof(UnsubscribeOutcome.AlreadyOff)}\"", await oneClick.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var carersSettings = await invited.Carer.Client.GetStringAsync("/Notifications/Settings");
        Assert.False(NotificationMail.EmailSettingIsOn(carersSettings, NotificationKind.Offer));
        Assert.True(NotificationMail.EmailSettingIsOn(carersSettings, NotificationKind.OfferAnswer));
        Assert.True(NotificationMail.EmailSettingIsOn(await invited.Seeker.GetStringAsync("/Notifications/Settings"), NotificationKind.Offer));

        // The seeker still gets emails of that kind: a carer's application to them.
        var other = await factory.CarerWithSkillAsync("Abe Applicant", "LS6 2AB", "Autism");
        var applied = await other.Client.SubmitAsync($"/Jobs/{invited.RequestId}", new Dictionary<string, string> { ["Input.Message"] = "I can help." }, handler: "Apply");
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        await factory.DrainOutboxAsync();
        Assert.Single(factory.EmailsAbout(invited.SeekerEmail, "Abe Applicant applied to your care request"));
    }
}

public sealed class InboxAndEmailTestsOnSqlite(SqliteAppFactory factory) : InboxAndEmailTests<SqliteAppFactory>(factory);

public sealed class InboxAndEmailTestsOnPostgreSql(PostgresAppFactory factory) : InboxAndEmailTests<PostgresAppFactory>(factory);
