using System.Net;
using System.Text.RegularExpressions;
using CareMatch.Bookings.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;
using CareMatch.IntegrationTests.Providers;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Bookings;

/// <summary>
/// Someone the family invited to act on a request (an attorney, a family member) books and runs
/// the care as the poster would: invites carers, answers applications, cancels visits, writes the
/// handover card, ends the booking. Each of these is in the request's history under their name;
/// the offers and bookings stay on the poster's account; ending their access shuts them out at once.
/// </summary>
public abstract partial class FamilyHelperBookingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    private static readonly Dictionary<string, string> Card = new()
    {
        ["Input.WhatMatters"] = "Likes to be called Peggy.",
        ["Input.Routines"] = "Up at 8, porridge, tablets with breakfast.",
        ["Input.Risks"] = "Falls on the stairs.",
        ["Input.AccessToHome"] = "Key safe by the back door, code 4711.",
    };

    [Fact]
    public async Task An_attorney_books_a_carer_from_the_shortlist_and_what_they_do_is_in_the_history_under_their_name()
    {
        var tess = await factory.CarerWithSkillAsync("Tess Trusted", "LS6 2AB", "DiabetesSupport");
        var (poster, posterId) = await factory.NewSeekerAsync();
        var requestId = await poster.PostRequestAsync(ShortlistSetup.RequestNeeding("DiabetesSupport"));
        var jane = await factory.HelperWhoAcceptedAsync(poster, requestId, "Jane Smith", "Attorney");

        Assert.Contains($"/Seeker/Requests/{requestId}/Invite/{tess.ProfileId}", await jane.Client.GetStringAsync(ShortlistSetup.ShortlistPage(requestId)), StringComparison.Ordinal);
        var offerId = await jane.Client.InviteAsync(requestId, tess.ProfileId);
        var bookingId = BookingSetup.BookingIdFrom(await tess.Client.OfferActionAsync("/Carer/Offers", "Accept", offerId));

        // The invitation and the booking are the poster's, whoever sent it: payments are on their account.
        Assert.Equal(posterId, await SeekerOfOfferAsync(offerId));
        Assert.Equal(posterId, await SeekerOfBookingAsync(bookingId));
        Assert.Contains(offerId.ToString(), await poster.GetStringAsync($"/Seeker/Requests/{requestId}/Offers"), StringComparison.Ordinal);

        var visits = await VisitsAsync(bookingId);
        Assert.Equal(HttpStatusCode.OK, (await jane.Client.GetAsync($"/Bookings/{bookingId}")).StatusCode);
        Assert.Contains(visits[0].Id.ToString(), await jane.Client.GetStringAsync("/Seeker/Visits"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await jane.Client.SubmitAsync($"/Seeker/Requests/{requestId}/Handover", Card)).StatusCode);
        Assert.Contains("Likes to be called Peggy.", await poster.GetStringAsync($"/Seeker/Requests/{requestId}/Handover"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await jane.Client.VisitActionAsync(visits[0].Id, "Cancel", new Dictionary<string, string> { ["Input.Reason"] = "Hospital appointment" })).StatusCode);
        var ended = await jane.Client.PostWithTokenFromAsync("/Account/ChangePassword", $"/Bookings/{bookingId}?handler=End", new Dictionary<string, string> { ["Input.Reason"] = "Mum is moving to a care home" });
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        Assert.False(await factory.InScopeAsync(services => services.GetRequiredService<BookingsDbContext>().Bookings.Where(b => b.Id == bookingId).Select(b => b.Active).SingleAsync()));

        await factory.DrainOutboxAsync();
        var history = await poster.HistoryOfAsync(requestId);
        const string Jane = "Jane Smith (attorney)";
        Assert.Contains(("Invited Tess Trusted", Jane), history);
        Assert.Contains(("Saved the handover card", Jane), history);
        Assert.Contains(($"Cancelled the visit on {TimeWords.DateTime(visits[0].StartsAt)} by Tess Trusted", Jane), history);
        Assert.Contains(("Ended the booking with Tess Trusted", Jane), history);
        Assert.Contains(("Ended the booking with Tess Trusted", "You"), await jane.Client.HistoryOfAsync(requestId));
    }

    [Fact]
    public async Task A_family_member_answers_applications_and_loses_the_booking_the_moment_their_access_ends()
    {
        var ann = await factory.CarerWithSkillAsync("Ann Applies", "LS6 2AB", "LearningDisability");
        var olly = await factory.CarerWithSkillAsync("Olly Other", "LS6 2AB", "LearningDisability");
        var (poster, posterId) = await factory.NewSeekerAsync();
        var requestId = await poster.PostRequestAsync(ShortlistSetup.RequestNeeding("LearningDisability"));
        var jane = await factory.HelperWhoAcceptedAsync(poster, requestId, "Jane Smith", "FamilyMember");
        await ApplyAsync(ann, requestId);
        await ApplyAsync(olly, requestId);

        var waiting = await PageAsync(jane.Client, "/Seeker");
        Assert.Contains("Ann Applies applied to care for you", waiting, StringComparison.Ordinal);
        Assert.Contains("Olly Other applied to care for you", waiting, StringComparison.Ordinal);
        var offersPage = $"/Seeker/Requests/{requestId}/Offers";
        var offerIds = BookingSetup.OfferIds(await PageAsync(jane.Client, offersPage));
        var (annOffer, ollyOffer) = (await OfferOfAsync(offerIds, ann.ProfileId), await OfferOfAsync(offerIds, olly.ProfileId));
        Assert.Equal(HttpStatusCode.Redirect, (await jane.Client.OfferActionAsync(offersPage, "Decline", ollyOffer)).StatusCode);
        var bookingId = BookingSetup.BookingIdFrom(await jane.Client.OfferActionAsync(offersPage, "Accept", annOffer));
        Assert.Equal(posterId, await SeekerOfBookingAsync(bookingId));

        var visit = (await VisitsAsync(bookingId))[0];
        var pages = new[] { offersPage, $"/Bookings/{bookingId}", $"/Visits/{visit.Id}", $"/Seeker/Requests/{requestId}/Handover" };
        foreach (var page in pages) Assert.Equal(HttpStatusCode.OK, (await jane.Client.GetAsync(page)).StatusCode);
        Assert.Contains(visit.Id.ToString(), await jane.Client.GetStringAsync("/Seeker/Visits"), StringComparison.Ordinal);

        await factory.DrainOutboxAsync();
        var history = await poster.HistoryOfAsync(requestId);
        Assert.Contains(("Declined the application from Olly Other", "Jane Smith (family member)"), history);
        Assert.Contains(("Accepted the application from Ann Applies", "Jane Smith (family member)"), history);

        await EndAccessAsync(poster, requestId);

        foreach (var page in pages) Assert.Equal(HttpStatusCode.NotFound, (await jane.Client.GetAsync(page)).StatusCode);
        Assert.DoesNotContain(visit.Id.ToString(), await jane.Client.GetStringAsync("/Seeker/Visits"), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await jane.Client.VisitActionAsync(visit.Id, "Cancel")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jane.Client.PostWithTokenFromAsync("/Account/ChangePassword", $"/Bookings/{bookingId}?handler=End", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await jane.Client.PostWithTokenFromAsync("/Account/ChangePassword", $"/Seeker/Requests/{requestId}/Handover", Card)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await poster.GetAsync($"/Bookings/{bookingId}")).StatusCode);
    }

    [Fact]
    public async Task Applications_waiting_for_an_answer_leave_a_helpers_home_page_when_their_access_ends()
    {
        var carer = await factory.CarerWithSkillAsync("Wes Waiting", "LS6 2AB", "PalliativeCare");
        var (poster, _) = await factory.NewSeekerAsync();
        var requestId = await poster.PostRequestAsync(ShortlistSetup.RequestNeeding("PalliativeCare"));
        var jane = await factory.HelperWhoAcceptedAsync(poster, requestId, "Jane Smith", "AuthorisedPerson");
        var (stranger, _) = await factory.NewSeekerAsync();
        await ApplyAsync(carer, requestId);
        var offerId = BookingSetup.OfferIds(await PageAsync(poster, $"/Seeker/Requests/{requestId}/Offers")).Single();

        Assert.Contains("Wes Waiting applied to care for you", await PageAsync(jane.Client, "/Seeker"), StringComparison.Ordinal);
        Assert.DoesNotContain("Wes Waiting", await PageAsync(stranger, "/Seeker"), StringComparison.Ordinal);

        await EndAccessAsync(poster, requestId);

        Assert.DoesNotContain("Wes Waiting", await PageAsync(jane.Client, "/Seeker"), StringComparison.Ordinal);
        var declined = await jane.Client.PostWithTokenFromAsync("/Account/ChangePassword", $"/Seeker/Requests/{requestId}/Offers?handler=Decline&offerId={offerId}", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, declined.StatusCode);
        Assert.Contains("Wes Waiting applied to care for you", await PageAsync(poster, "/Seeker"), StringComparison.Ordinal);
    }

    private static async Task ApplyAsync(TestCarer carer, Guid requestId)
    {
        var applied = await carer.Client.SubmitAsync($"/Jobs/{requestId}", new Dictionary<string, string> { ["Input.Message"] = "I would like to help." }, handler: "Apply");
        Assert.Equal(HttpStatusCode.Redirect, applied.StatusCode);
    }

    /// <summary>The poster ends the only other person's access from the People page.</summary>
    private static async Task EndAccessAsync(HttpClient poster, Guid requestId)
    {
        var people = $"/Seeker/Requests/{requestId}/People";
        var accessId = AccessId().Matches(await PageAsync(poster, people)).Select(m => m.Groups[1].Value).Distinct().Single();
        var ended = await poster.SubmitAsync(people, new Dictionary<string, string>(), $"Withdraw&accessId={accessId}");
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
    }

    private Task<Guid> OfferOfAsync(List<Guid> offerIds, Guid carerProfileId) => factory.InScopeAsync(services =>
        services.GetRequiredService<BookingsDbContext>().Offers.Where(o => offerIds.Contains(o.Id) && o.CarerProfileId == carerProfileId).Select(o => o.Id).SingleAsync());

    private Task<string> SeekerOfOfferAsync(Guid offerId) => factory.InScopeAsync(services =>
        services.GetRequiredService<BookingsDbContext>().Offers.Where(o => o.Id == offerId).Select(o => o.SeekerUserId).SingleAsync());

    private Task<string> SeekerOfBookingAsync(Guid bookingId) => factory.InScopeAsync(services =>
        services.GetRequiredService<BookingsDbContext>().Bookings.Where(b => b.Id == bookingId).Select(b => b.SeekerUserId).SingleAsync());

    private Task<List<(Guid Id, DateTimeOffset StartsAt)>> VisitsAsync(Guid bookingId) => factory.InScopeAsync(async services =>
        (await services.GetRequiredService<BookingsDbContext>().Visits.Where(v => v.BookingId == bookingId).Select(v => new { v.Id, v.StartsAt }).ToListAsync())
            .OrderBy(v => v.StartsAt).Select(v => (v.Id, v.StartsAt)).ToList());

    private static async Task<string> PageAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
    }

    [GeneratedRegex(@"accessId=([0-9a-f-]{36})")]
    private static partial Regex AccessId();
}

public sealed class FamilyHelperBookingTestsOnSqlite(SqliteAppFactory factory) : FamilyHelperBookingTests<SqliteAppFactory>(factory);

public sealed class FamilyHelperBookingTestsOnPostgreSql(PostgresAppFactory factory) : FamilyHelperBookingTests<PostgresAppFactory>(factory);
