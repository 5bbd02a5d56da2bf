using System.Net;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;
using CareMatch.IntegrationTests.Providers;
using CareMatch.IntegrationTests.Security;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Bookings;

/// <summary>
/// The seeker's handover card: the booked carer reads it, a carer covering a visit must open it
/// before they can check in, each opening shows on the seeker's card page, and nobody else
/// (another seeker, a carer not on the visit, a carer asked to cover but not approved) reads it.
/// </summary>
public sealed class HandoverCardTests(TimeControlledAppFactory factory) : IClassFixture<TimeControlledAppFactory>
{
    private const string Skill = "PalliativeCare";

    private static readonly Dictionary<string, string> Card = new()
    {
        ["Input.WhatMatters"] = "Likes to be called Peggy. Loves the radio in the morning.",
        ["Input.Routines"] = "Up at 8, porridge, tablets with breakfast.",
        ["Input.Risks"] = "Falls on the stairs. Allergic to penicillin.",
        ["Input.AccessToHome"] = "Key safe by the back door, code 4711.",
    };

    [Fact]
    public async Task The_booked_carer_reads_the_card_a_cover_carer_opens_it_before_checking_in_and_the_seeker_sees_who_opened_it()
    {
        var invited = await factory.InvitedAsync(Skill, "Bea Booked", AppToday());
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        var cardPage = $"/Seeker/Requests/{invited.RequestId}/Handover";
        Assert.Contains("handover-link", await invited.Seeker.GetStringAsync($"/Seeker/Requests/{invited.RequestId}"), StringComparison.Ordinal);

        var saved = await invited.Seeker.SubmitAsync(cardPage, Card);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("No carer has opened it yet.", await invited.Seeker.GetStringAsync(cardPage), StringComparison.Ordinal);

        // The booked carer reads all of it, the way in included, from their visit.
        var visits = await VisitsAsync(bookingId);
        var read = WebUtility.HtmlDecode(await invited.Carer.Client.GetStringAsync($"/Visits/{visits[0].Id}/Handover"));
        foreach (var text in Card.Values) Assert.Contains(text, read, StringComparison.Ordinal);
        Assert.Contains($"/Visits/{visits[0].Id}/Handover", await invited.Carer.Client.GetStringAsync($"/Bookings/{bookingId}"), StringComparison.Ordinal);

        // The booked carer cancels the second visit; Cal offers to cover it and the seeker approves.
        var cal = await factory.CarerWithSkillAsync("Cal Cover", "LS6 2AB", Skill);
        var cancelled = visits[1];
        Assert.Equal(HttpStatusCode.Redirect, (await invited.Carer.Client.VisitActionAsync(cancelled.Id, "Cancel")).StatusCode);
        var calOffer = System.Text.RegularExpressions.Regex.Match(await cal.Client.GetStringAsync("/Carer/Cover"), "data-cover-offer-id=\"([0-9a-f-]{36})\"").Groups[1].Value;
        Assert.Equal(HttpStatusCode.Redirect, (await cal.Client.PostWithTokenFromAsync("/Carer/Cover", $"/Carer/Cover?coverOfferId={calOffer}", new Dictionary<string, string>())).StatusCode);
        var coverId = await factory.InScopeAsync(services => services.GetRequiredService<BookingsDbContext>().CoverRequests.Where(c => c.VisitId == cancelled.Id).Select(c => c.Id).SingleAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await invited.Seeker.PostWithTokenFromAsync("/Account/ChangePassword", $"/Visits/{cancelled.Id}?handler=ApproveCover&coverRequestId={coverId}", new Dictionary<string, string>())).StatusCode);
        var coverVisit = (await VisitsAsync(bookingId)).Single(v => v.CarerProfileId == cal.ProfileId);

        // At the visit, Cal cannot check in until they have opened the card; the visit page says so and links to it.
        factory.Time.Advance(coverVisit.StartsAt.AddMinutes(-10) - factory.Time.GetUtcNow());
        var calClient = await factory.SignedInAsync(cal.Email);
        var visitPage = WebUtility.HtmlDecode(await calClient.GetStringAsync($"/Visits/{coverVisit.Id}"));
        Assert.Contains($"<a class=\"govuk-link\" href=\"/Visits/{coverVisit.Id}/Handover\">Open the handover card</a> before you check in.", visitPage, StringComparison.Ordinal);
        var refused = await calClient.VisitActionAsync(coverVisit.Id, "CheckIn");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var refusedPage = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync());
        Assert.Contains(CoverCheckInMessage, refusedPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Visits/{coverVisit.Id}/Handover\">Open the handover card</a>", refusedPage, StringComparison.Ordinal);
        Assert.Equal(VisitStatus.Scheduled, (await VisitsAsync(bookingId)).Single(v => v.Id == coverVisit.Id).Status);

        var openedAt = factory.Time.GetUtcNow();
        var calRead = WebUtility.HtmlDecode(await calClient.GetStringAsync($"/Visits/{coverVisit.Id}/Handover"));
        Assert.Contains("Key safe by the back door, code 4711.", calRead, StringComparison.Ordinal);
        Assert.DoesNotContain("handover-to-open", await calClient.GetStringAsync($"/Visits/{coverVisit.Id}"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await calClient.VisitActionAsync(coverVisit.Id, "CheckIn")).StatusCode);
        Assert.Equal(VisitStatus.CheckedIn, (await VisitsAsync(bookingId)).Single(v => v.Id == coverVisit.Id).Status);

        // The seeker sees both openings, newest first, with who and when.
        var seeker = await factory.SignedInAsync(invited.SeekerEmail);
        var openings = WebUtility.HtmlDecode(await seeker.GetStringAsync(cardPage));
        var calLine = $"Opened by Cal Cover on {TimeWords.DateTime(openedAt)}, covering the visit on";
        var beaLine = "Opened by Bea Booked on ";
        Assert.Contains(calLine, openings, StringComparison.Ordinal);
        Assert.True(openings.IndexOf(calLine, StringComparison.Ordinal) < openings.IndexOf(beaLine, StringComparison.Ordinal), openings);
    }

    [Fact]
    public async Task Nobody_but_the_seeker_and_the_carers_of_its_visits_reads_the_card()
    {
        var invited = await factory.InvitedAsync(Skill, "Dot Booked", AppToday());
        var invitedOnly = await factory.CarerWithSkillAsync("Eve Invited", "LS6 2AB", Skill);
        await invited.Seeker.InviteAsync(invited.RequestId, invitedOnly.ProfileId);
        var bookingId = BookingSetup.BookingIdFrom(await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", invited.OfferId));
        Assert.Equal(HttpStatusCode.Redirect, (await invited.Seeker.SubmitAsync($"/Seeker/Requests/{invited.RequestId}/Handover", Card)).StatusCode);
        var visit = (await VisitsAsync(bookingId))[0];
        var (otherSeeker, _) = await factory.NewSeekerAsync();
        var before = await OpeningsAsync(invited.RequestId);

        Assert.Equal(HttpStatusCode.NotFound, (await otherSeeker.GetAsync($"/Seeker/Requests/{invited.RequestId}/Handover")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await otherSeeker.PostWithTokenFromAsync("/Account/ChangePassword", $"/Seeker/Requests/{invited.RequestId}/Handover", Card)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await invitedOnly.Client.GetAsync($"/Visits/{visit.Id}/Handover")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await invited.Carer.Client.GetAsync($"/Seeker/Requests/{invited.RequestId}/Handover")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await invited.Seeker.GetAsync($"/Visits/{visit.Id}/Handover")).StatusCode);
        Assert.Equal(before, await OpeningsAsync(invited.RequestId));
    }

    [Fact]
    public async Task Too_long_a_part_gets_its_message_at_the_field_and_saves_nothing()
    {
        var (seeker, _) = await factory.NewSeekerAsync();
        var form = ShortlistSetup.RequestNeeding(Skill);
        CareRequestForms.SetDate(form, "Input.StartDate", AppToday().AddDays(7));
        var requestId = await seeker.PostRequestAsync(form);
        var cardPage = $"/Seeker/Requests/{requestId}/Handover";
        Assert.Equal(HttpStatusCode.Redirect, (await seeker.SubmitAsync(cardPage, Card)).StatusCode);

        var tooLong = new Dictionary<string, string>(Card) { ["Input.Routines"] = new string('r', HandoverCardLimits.Routines + 1), ["Input.Risks"] = "Changed" };
        var response = await seeker.SubmitAsync(cardPage, tooLong);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains("id=\"Input_Routines-error\"", html, StringComparison.Ordinal);
        Assert.Contains("Error:</span> Daily routines must be 2,000 characters or fewer", html, StringComparison.Ordinal);
        var stored = await factory.InScopeAsync(services => services.GetRequiredService<BookingsDbContext>().HandoverCards.AsNoTracking().SingleAsync(c => c.RequestId == requestId));
        Assert.Equal((Card["Input.Routines"], Card["Input.Risks"]), (stored.Routines, stored.Risks));
    }

    private const string CoverCheckInMessage = "Open the handover card before you check in. You are covering this visit, so read what the family wrote about the person you are visiting.";

    private DateOnly AppToday() => DateOnly.FromDateTime(UkCalendar.ToUkTime(factory.Time.GetUtcNow()).DateTime);

    private Task<List<CareMatch.Bookings.Visits.Visit>> VisitsAsync(Guid bookingId) => factory.InScopeAsync(services =>
        services.GetRequiredService<BookingsDbContext>().Visits.AsNoTracking().Where(v => v.BookingId == bookingId).OrderBy(v => v.StartsAt).ToListAsync());

    private Task<int> OpeningsAsync(Guid requestId) => factory.InScopeAsync(services =>
        services.GetRequiredService<BookingsDbContext>().HandoverCardOpenings.CountAsync(o => o.RequestId == requestId));
}
