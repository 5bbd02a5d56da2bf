using System.Net;
using System.Text.RegularExpressions;
using CareMatch.Bookings.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Bookings;

/// <summary>
/// Offers end to end through the pages: an invitation accepted, an application accepted, the
/// first acceptance winning, a withdrawn offer refused with the reason. A booking gives the
/// first four weeks of visits, shows the address to the booked carer and closes the request to others.
/// </summary>
public abstract class OfferJourneyTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task The_booked_carers_visit_list_says_who_each_visit_is_for_and_where_and_the_seekers_says_who_is_coming()
    {
        var invited = await factory.InvitedAsync("StomaCare", carerName: "Wren Where");
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));

        var carerList = WebUtility.HtmlDecode(await invited.Carer.Client.GetStringAsync("/Carer/Visits"));
        Assert.Contains("Who and where", carerList, StringComparison.Ordinal);
        Assert.Equal(3, Regex.Matches(carerList, $"data-testid=\"visit-for\"><strong>{CareRequestForms.FirstName}</strong><br />{CareRequestForms.AddressLine}, LS1 4AP<").Count);
        Assert.DoesNotContain("Wren Where, in", carerList, StringComparison.Ordinal);
        Assert.Contains(">Scheduled<", carerList, StringComparison.Ordinal);

        var visitId = BookingSetup.VisitIds(carerList)[0];
        var carerVisit = WebUtility.HtmlDecode(await invited.Carer.Client.GetStringAsync($"/Visits/{visitId}"));
        Assert.Contains($"data-testid=\"visit-where\">{CareRequestForms.AddressLine}, LS1 4AP<", carerVisit, StringComparison.Ordinal);

        var seekerList = WebUtility.HtmlDecode(await invited.Seeker.GetStringAsync("/Seeker/Visits"));
        Assert.Contains("Wren Where, in LS1 4", seekerList, StringComparison.Ordinal);
        Assert.DoesNotContain("Who and where", seekerList, StringComparison.Ordinal);
        Assert.DoesNotContain(CareRequestForms.AddressLine, WebUtility.HtmlDecode(await invited.Seeker.GetStringAsync($"/Visits/{visitId}")), StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await invited.Carer.Client.PostWithTokenFromAsync($"/Bookings/{bookingId}", $"/Bookings/{bookingId}?handler=End",
            new Dictionary<string, string> { ["Input.Reason"] = "Moving away" })).StatusCode);
        Assert.DoesNotContain(CareRequestForms.AddressLine, WebUtility.HtmlDecode(await invited.Carer.Client.GetStringAsync($"/Visits/{visitId}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_carer_accepts_an_invitation_and_the_request_is_booked_with_four_weeks_of_visits()
    {
        var invited = await factory.InvitedAsync("StomaCare");

        Assert.Contains("A family invited you to care in LS1 4", WebUtility.HtmlDecode(await invited.Carer.Client.GetStringAsync("/Carer")), StringComparison.Ordinal);
        var offers = WebUtility.HtmlDecode(await invited.Carer.Client.GetStringAsync("/Carer/Offers"));
        Assert.Contains("The family invited you", offers, StringComparison.Ordinal);
        Assert.Contains("Mum loves gardening.", offers, StringComparison.Ordinal);
        Assert.DoesNotContain(CareRequestForms.AddressLine, offers, StringComparison.Ordinal);

        var accepted = await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId);
        var bookingId = BookingSetup.BookingIdFrom(accepted);

        var booking = WebUtility.HtmlDecode(await invited.Carer.Client.GetStringAsync($"/Bookings/{bookingId}"));
        Assert.Contains($"{CareRequestForms.AddressLine}, LS1 4AP", booking, StringComparison.Ordinal);
        // Mondays from a week today to four weeks ahead: three of them.
        Assert.Equal(3, BookingSetup.VisitIds(booking).Count);
        var seekerView = WebUtility.HtmlDecode(await invited.Seeker.GetStringAsync($"/Bookings/{bookingId}"));
        Assert.Contains("Booking with Bea Booked", seekerView, StringComparison.Ordinal);
        Assert.Equal(3, BookingSetup.VisitIds(await invited.Seeker.GetStringAsync("/Seeker/Visits")).Count);
        Assert.Equal(3, BookingSetup.VisitIds(await invited.Carer.Client.GetStringAsync("/Carer/Visits")).Count);

        await factory.DrainOutboxAsync();
        Assert.Equal(CareMatch.Needs.Contracts.CareRequestStatus.Booked, await factory.InScopeAsync(services =>
            services.GetRequiredService<NeedsDbContext>().CareRequests.Where(r => r.Id == invited.RequestId).Select(r => r.Status).SingleAsync()));
        Assert.DoesNotContain(invited.RequestId.ToString(), await invited.Carer.Client.GetStringAsync("/Carer/Jobs"), StringComparison.Ordinal);
        Assert.Contains("This request is booked", await invited.Seeker.GetStringAsync($"/Seeker/Requests/{invited.RequestId}/Offers"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_seeker_accepts_a_carers_application()
    {
        var carer = await factory.CarerWithSkillAsync("Abi Applies", "LS6 2AB", "Epilepsy");
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("Epilepsy"));

        var applied = await carer.Client.SubmitAsync($"/Jobs/{requestId}", new Dictionary<string, string> { ["Input.Message"] = "I have cared for people with epilepsy for six years." }, handler: "Apply");
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
        Assert.Contains("You applied", await carer.Client.GetStringAsync("/Carer/Offers"), StringComparison.Ordinal);

        Assert.Contains("Abi Applies applied to care for you", WebUtility.HtmlDecode(await seeker.GetStringAsync("/Seeker")), StringComparison.Ordinal);
        var offers = WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Seeker/Requests/{requestId}/Offers"));
        Assert.Contains("Abi Applies applied", offers, StringComparison.Ordinal);
        Assert.Contains("six years", offers, StringComparison.Ordinal);
        var accepted = await seeker.OfferActionAsync($"/Seeker/Requests/{requestId}/Offers", "Accept", BookingSetup.OfferIds(offers).Single());

        BookingSetup.BookingIdFrom(accepted);
        Assert.Equal(1, await factory.BookingsForAsync(requestId));
        Assert.DoesNotContain("data-testid=\"offers-waiting\"", await seeker.GetStringAsync("/Seeker"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_first_acceptance_wins_and_the_second_carer_is_told_the_request_is_taken()
    {
        var invited = await factory.InvitedAsync("PegFeeding", "Fay First");
        var second = await factory.CarerWithSkillAsync("Sam Second", "LS6 2AB", "PegFeeding");
        var secondOffer = await invited.Seeker.InviteAsync(invited.RequestId, second.ProfileId);

        BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        var late = await second.Client.OfferActionAsync("/Carer/Offers", "Accept", secondOffer);

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        var html = WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync());
        Assert.Contains("govuk-error-summary", html, StringComparison.Ordinal);
        Assert.Contains("this request has already been booked with another carer", html, StringComparison.Ordinal);
        Assert.Equal(1, await factory.BookingsForAsync(invited.RequestId));
    }

    [Fact]
    public async Task A_withdrawn_invitation_cannot_be_accepted_and_the_carer_is_told_why()
    {
        var invited = await factory.InvitedAsync("CatheterCare");
        var withdrawn = await invited.Seeker.OfferActionAsync($"/Seeker/Requests/{invited.RequestId}/Offers", "Withdraw", invited.OfferId);
        Assert.Equal(HttpStatusCode.Redirect, withdrawn.StatusCode);

        var refused = await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("The seeker withdrew this invitation.", WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Equal(0, await factory.BookingsForAsync(invited.RequestId));
    }

    [Fact]
    public async Task A_declined_invitation_shows_as_declined_to_the_seeker()
    {
        var invited = await factory.InvitedAsync("Autism");

        var declined = await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Decline", invited.OfferId);

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Contains(">Declined<", await invited.Seeker.GetStringAsync($"/Seeker/Requests/{invited.RequestId}/Offers"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reason_for_declining_reaches_the_seeker_and_one_too_long_is_refused_at_its_box_and_kept()
    {
        var invited = await factory.InvitedAsync("PalliativeCare");
        var tooLong = new string('y', 501);

        var refused = await invited.Carer.Client.PostWithTokenFromAsync("/Carer/Offers", $"/Carer/Offers?handler=Decline&offerId={invited.OfferId}",
            new Dictionary<string, string> { ["Reason"] = tooLong });

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var html = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains("Your reason must be 500 characters or fewer", html, StringComparison.Ordinal);
        Assert.Matches($"<textarea[^>]*id=\"Reason\"[^>]*>{tooLong}</textarea>", html);
        Assert.Contains(">Waiting for an answer<", await invited.Seeker.GetStringAsync($"/Seeker/Requests/{invited.RequestId}/Offers"), StringComparison.Ordinal);

        var declined = await invited.Carer.Client.PostWithTokenFromAsync("/Carer/Offers", $"/Carer/Offers?handler=Decline&offerId={invited.OfferId}",
            new Dictionary<string, string> { ["Reason"] = "  I'm fully booked on Tuesdays until spring.  " });

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        var seen = WebUtility.HtmlDecode(await invited.Seeker.GetStringAsync($"/Seeker/Requests/{invited.RequestId}/Offers"));
        Assert.Contains(">Declined<", seen, StringComparison.Ordinal);
        Assert.Contains("Reason given: I'm fully booked on Tuesdays until spring.", seen, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_message_over_1000_characters_is_refused_at_the_field_and_no_offer_is_sent()
    {
        var carer = await factory.CarerWithSkillAsync("Mo Message", "LS6 2AB", "FirstAid");
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("FirstAid"));

        var response = await seeker.SubmitAsync($"/Seeker/Requests/{requestId}/Invite/{carer.ProfileId}", new Dictionary<string, string> { ["Input.Message"] = new string('x', 1001) });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("href=\"#Input_Message\"", html, StringComparison.Ordinal);
        Assert.Contains("Error:</span> Your message must be 1,000 characters or fewer", html, StringComparison.Ordinal);
        Assert.Empty(BookingSetup.OfferIds(await seeker.GetStringAsync($"/Seeker/Requests/{requestId}/Offers")));
    }

    [Fact]
    public async Task Accepting_writes_the_booking_confirmed_event_with_the_carers_rate()
    {
        var invited = await factory.InvitedAsync("MentalHealth");

        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));

        var payload = await factory.InScopeAsync(services => services.GetRequiredService<CareMatch.Bookings.Persistence.BookingsDbContext>().Set<OutboxMessage>()
            .Where(m => m.Type.Contains(nameof(BookingConfirmed))).Select(m => m.Payload).ToListAsync());
        Assert.Contains(payload, p => p.Contains(bookingId.ToString(), StringComparison.Ordinal) && p.Contains("1850", StringComparison.Ordinal));
    }
}

public sealed class OfferJourneyTestsOnSqlite(SqliteAppFactory factory) : OfferJourneyTests<SqliteAppFactory>(factory);

public sealed class OfferJourneyTestsOnPostgreSql(PostgresAppFactory factory) : OfferJourneyTests<PostgresAppFactory>(factory);
