using System.Net;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;
using CareMatch.IntegrationTests.Providers;
using CareMatch.IntegrationTests.Security;
using CareMatch.SharedKernel.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Bookings;

/// <summary>
/// A carer cancels a visit: the engine ranks who could step in, the person's previous carers
/// first; carers are asked three at a time, more every 15 minutes; the first to offer goes to
/// the seeker, who approves them before the visit is theirs.
/// </summary>
public sealed class CoverCascadeTests(TimeControlledAppFactory factory) : IClassFixture<TimeControlledAppFactory>
{
    [Fact]
    public async Task A_carers_cancellation_finds_cover_previous_carers_first_in_waves_and_the_seeker_approves_it()
    {
        const string skill = "DiabetesSupport";
        var today = AppToday();
        var (seekerEmail, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(seekerEmail);

        // Dee cared for this family on Thursdays before, and lives further out than the others;
        // Ann is booked for Mondays.
        var dee = await factory.CarerWithSkillAsync("Dee Before", "LS16 6AA", skill);
        var thursdays = ShortlistSetup.RequestNeeding(skill);
        thursdays["Input.Slots[0].Day"] = "Thursday";
        CareRequestForms.SetDate(thursdays, "Input.StartDate", today.AddDays(7));
        var thursdayRequest = await seeker.PostRequestAsync(thursdays);
        var deeBooking = BookingSetup.BookingIdFrom(await dee.Client.OfferActionAsync("/Carer/Offers", "Accept", await seeker.InviteAsync(thursdayRequest, dee.ProfileId)));

        var ann = await factory.CarerWithSkillAsync("Ann Cancels", "LS6 2AB", skill);
        var mondays = ShortlistSetup.RequestNeeding(skill);
        CareRequestForms.SetDate(mondays, "Input.StartDate", today.AddDays(7));
        var mondayRequest = await seeker.PostRequestAsync(mondays);
        var annBooking = BookingSetup.BookingIdFrom(await ann.Client.OfferActionAsync("/Carer/Offers", "Accept", await seeker.InviteAsync(mondayRequest, ann.ProfileId)));
        var others = new List<(TestCarer Carer, string Name)>();
        foreach (var name in new[] { "Bob Other", "Cat Other", "Eli Other", "Fen Other" })
        {
            others.Add((await factory.CarerWithSkillAsync(name, "LS6 2AB", skill), name));
        }

        // Dee's first Thursday visit happens.
        var deeVisit = (await VisitsAsync(deeBooking))[0];
        factory.Time.Advance(deeVisit.StartsAt - factory.Time.GetUtcNow());
        var deeClient = await factory.SignedInAsync(dee.Email);
        Assert.Equal(HttpStatusCode.Redirect, (await deeClient.VisitActionAsync(deeVisit.Id, "CheckIn")).StatusCode);
        factory.Time.Advance(TimeSpan.FromMinutes(90));
        Assert.Equal(HttpStatusCode.Redirect, (await deeClient.VisitActionAsync(deeVisit.Id, "CheckOut")).StatusCode);

        // Ann cancels a Monday still to come.
        var annClient = await factory.SignedInAsync(ann.Email);
        var cancelled = (await VisitsAsync(annBooking)).First(v => v.StartsAt > factory.Time.GetUtcNow().AddDays(1));
        Assert.Equal(HttpStatusCode.Redirect, (await annClient.VisitActionAsync(cancelled.Id, "Cancel", new Dictionary<string, string> { ["Input.Reason"] = "Family emergency" })).StatusCode);

        var firstWave = await AskedAsync(cancelled.Id);
        Assert.Equal(3, firstWave.Count);
        // Nearer carers outnumber the wave, so only continuity puts Dee in it.
        Assert.Contains(dee.ProfileId, firstWave);
        Assert.DoesNotContain(ann.ProfileId, firstWave);
        seeker = await factory.SignedInAsync(seekerEmail);
        Assert.Contains("3 asked so far", WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Visits/{cancelled.Id}")), StringComparison.Ordinal);

        // Nobody offers; 15 minutes on, the next wave asks the rest.
        factory.Time.Advance(TimeSpan.FromMinutes(10));
        await RunCascadeAsync();
        Assert.Equal(3, (await AskedAsync(cancelled.Id)).Count);
        factory.Time.Advance(TimeSpan.FromMinutes(6));
        await RunCascadeAsync();
        var everyone = await AskedAsync(cancelled.Id);
        Assert.Equal(5, everyone.Count);

        // Two asked carers press at once: one goes to the seeker, the other is thanked.
        var asked = others.Where(o => everyone.Contains(o.Carer.ProfileId)).Take(2).ToList();
        var first = await factory.SignedInAsync(asked[0].Carer.Email);
        var second = await factory.SignedInAsync(asked[1].Carer.Email);
        Assert.Contains("1 visit needs a carer because theirs cannot come", await first.GetStringAsync("/Carer"), StringComparison.Ordinal);
        var firstOffer = CoverOfferIds(await first.GetStringAsync("/Carer/Cover")).Single();
        var secondPage = await second.GetStringAsync("/Carer/Cover");
        Assert.Equal(HttpStatusCode.Redirect, (await first.PostWithTokenFromAsync("/Carer/Cover", $"/Carer/Cover?coverOfferId={firstOffer}", new Dictionary<string, string>())).StatusCode);
        var late = await second.PostWithTokenFromAsync("/Carer/Cover", $"/Carer/Cover?coverOfferId={CoverOfferIds(secondPage).Single()}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("Another carer offered to cover this visit first", WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync()), StringComparison.Ordinal);

        // The seeker approves; the visit is booked with the volunteer.
        var visitPage = WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Visits/{cancelled.Id}"));
        Assert.Contains($"{asked[0].Name}</strong> has offered to cover this visit", visitPage, StringComparison.Ordinal);
        var coverId = await factory.InScopeAsync(services => services.GetRequiredService<BookingsDbContext>().CoverRequests.Where(c => c.VisitId == cancelled.Id).Select(c => c.Id).SingleAsync());
        // Only this seeker decides. Carers (the volunteer, the carer who cancelled) may not send an
        // approval at all, so the access rule refuses them (403); another seeker may, but this visit
        // is not theirs, so it is not found (404).
        var (otherSeeker, _) = await factory.NewSeekerAsync();
        foreach (var (someoneElse, handler, expected) in new[]
        {
            (first, "ApproveCover", HttpStatusCode.Forbidden),
            (annClient, "ApproveCover", HttpStatusCode.Forbidden),
            (otherSeeker, "ApproveCover", HttpStatusCode.NotFound),
            (otherSeeker, "DeclineCover", HttpStatusCode.NotFound),
        })
        {
            var refused = await someoneElse.PostWithTokenFromAsync("/Account/ChangePassword", $"/Visits/{cancelled.Id}?handler={handler}&coverRequestId={coverId}", new Dictionary<string, string>());
            Assert.Equal(expected, refused.StatusCode);
        }

        var approved = await seeker.PostWithTokenFromAsync("/Account/ChangePassword", $"/Visits/{cancelled.Id}?handler=ApproveCover&coverRequestId={coverId}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Contains("is covering this visit", WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Visits/{cancelled.Id}")), StringComparison.Ordinal);
        var coverVisit = await factory.InScopeAsync(services => services.GetRequiredService<BookingsDbContext>().Visits.AsNoTracking()
            .SingleAsync(v => v.BookingId == annBooking && v.CarerProfileId == asked[0].Carer.ProfileId));
        Assert.Equal((cancelled.StartsAt, cancelled.EndsAt, VisitStatus.Scheduled), (coverVisit.StartsAt, coverVisit.EndsAt, coverVisit.Status));
        Assert.Contains(coverVisit.Id.ToString(), await first.GetStringAsync("/Carer/Visits"), StringComparison.Ordinal);

        // Matching hears of the cover carer's new visit with the visit itself, so every node's index knows they are busy then.
        var coverCarer = asked[0].Carer.ProfileId.ToString();
        Assert.Equal(1, await factory.InScopeAsync(services => services.GetRequiredService<BookingsDbContext>().Set<CareMatch.SharedKernel.Outbox.OutboxMessage>()
            .CountAsync(m => m.Type.Contains(nameof(VisitsScheduled)) && m.Payload.Contains(coverCarer))));

        // The council counts the cover as agreed 16 minutes after the cancellation (the two waves' wait).
        await factory.DrainOutboxAsync();
        var fact = await factory.InScopeAsync(services => services.GetRequiredService<CareMatch.Commissioning.Persistence.CommissioningDbContext>().VisitFacts.AsNoTracking()
            .SingleAsync(v => v.VisitId == cancelled.Id));
        Assert.Equal((true, 16), (fact.CoverSought, fact.CoverFilledAfterMinutes));
        // And it knows how long the visit was to be, for the hours that would have gone ungiven.
        Assert.Equal((int)(cancelled.EndsAt - cancelled.StartsAt).TotalMinutes, fact.PlannedMinutes);
    }

    [Fact]
    public async Task A_carer_who_was_not_asked_cannot_offer_to_cover()
    {
        var invited = await factory.InvitedAsync("Autism", "Ned Notasked", AppToday());
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        var visit = (await VisitsAsync(bookingId))[1];
        await invited.Carer.Client.VisitActionAsync(visit.Id, "Cancel");
        var offerIds = await factory.InScopeAsync(services => services.GetRequiredService<BookingsDbContext>().CoverOffers.Select(o => o.Id).ToListAsync());
        var (stranger, _) = await factory.NewSeekerAsync();
        var strangerCarer = await factory.SignedInAsync((await factory.CarerWithSkillAsync("Zed Stranger", "IV2 3AA", "Autism")).Email);

        foreach (var offerId in offerIds.Take(3))
        {
            var response = await strangerCarer.PostWithTokenFromAsync("/Carer/Cover", $"/Carer/Cover?coverOfferId={offerId}", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        Assert.Equal(HttpStatusCode.Forbidden, (await stranger.GetAsync("/Carer/Cover")).StatusCode);
    }

    private DateOnly AppToday() => DateOnly.FromDateTime(CareMatch.SharedKernel.Time.UkCalendar.ToUkTime(factory.Time.GetUtcNow()).DateTime);

    private Task<List<CareMatch.Bookings.Visits.Visit>> VisitsAsync(Guid bookingId) => factory.InScopeAsync(services =>
        services.GetRequiredService<BookingsDbContext>().Visits.AsNoTracking().Where(v => v.BookingId == bookingId).OrderBy(v => v.StartsAt).ToListAsync());

    private Task<List<Guid>> AskedAsync(Guid visitId) => factory.InScopeAsync(services =>
    {
        var db = services.GetRequiredService<BookingsDbContext>();
        return db.CoverOffers.Where(o => db.CoverRequests.Any(c => c.Id == o.CoverRequestId && c.VisitId == visitId)).Select(o => o.CarerProfileId).ToListAsync();
    });

    private Task RunCascadeAsync() => factory.InScopeAsync(services =>
        services.GetServices<IScheduledTask>().Single(j => j.Id == "bookings-cover-cascade").RunAsync(CancellationToken.None));

    private static List<Guid> CoverOfferIds(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "data-cover-offer-id=\"([0-9a-f-]{36})\"").Select(m => Guid.Parse(m.Groups[1].Value)).ToList();
}
