using System.Net;
using System.Text.RegularExpressions;
using CareMatch.Bookings.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;
using CareMatch.IntegrationTests.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Bookings;

/// <summary>A seeker's request with a carer invited to it, through the pages, and the ways to act on offers and visits.</summary>
public static partial class BookingSetup
{
    public sealed record Invited(HttpClient Seeker, string SeekerEmail, Guid RequestId, TestCarer Carer, Guid OfferId);

    /// <summary>A bookable carer (Mondays 09:00–13:00 near LS6 2) invited to a weekly Monday-morning request starting in a week.</summary>
    /// <param name="today">The app's today when its clock is not the real one; the request starts a week after it.</param>
    public static async Task<Invited> InvitedAsync(this CareMatchAppFactory factory, string skill, string carerName = "Bea Booked", DateOnly? today = null)
    {
        var carer = await factory.CarerWithSkillAsync(carerName, "LS6 2AB", skill);
        var (seekerEmail, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(seekerEmail);
        var form = ShortlistSetup.RequestNeeding(skill);
        if (today is { } date) CareRequestForms.SetDate(form, "Input.StartDate", date.AddDays(7));
        var requestId = await seeker.PostRequestAsync(form);
        var offerId = await seeker.InviteAsync(requestId, carer.ProfileId);
        return new Invited(seeker, seekerEmail, requestId, carer, offerId);
    }

    public static async Task<Guid> InviteAsync(this HttpClient seeker, Guid requestId, Guid carerProfileId, string message = "Mum loves gardening.")
    {
        var response = await seeker.SubmitAsync($"/Seeker/Requests/{requestId}/Invite/{carerProfileId}", new Dictionary<string, string> { ["Input.Message"] = message });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, await response.Content.ReadAsStringAsync());
        var offers = await seeker.GetStringAsync($"/Seeker/Requests/{requestId}/Offers");
        return OfferIds(offers).First();
    }

    /// <summary>Posts an offer action from the page that lists it (/Carer/Offers or a request's offers page).</summary>
    public static Task<HttpResponseMessage> OfferActionAsync(this HttpClient client, string page, string handler, Guid offerId) =>
        client.PostWithTokenFromAsync(page, $"{page}?handler={handler}&offerId={offerId}", new Dictionary<string, string>());

    public static Task<HttpResponseMessage> VisitActionAsync(this HttpClient client, Guid visitId, string handler, IDictionary<string, string>? fields = null) =>
        client.PostWithTokenFromAsync(FormPage(client), $"/Visits/{visitId}?handler={handler}", fields ?? new Dictionary<string, string>());

    /// <summary>Carers and seekers both have a form on their offers pages; any same-user form gives a valid token.</summary>
    private static string FormPage(HttpClient client) => "/Account/ChangePassword";

    public static Guid BookingIdFrom(HttpResponseMessage redirect)
    {
        Assert.Equal(HttpStatusCode.Redirect, redirect.StatusCode);
        var location = redirect.Headers.Location!.OriginalString;
        Assert.StartsWith("/Bookings/", location, StringComparison.Ordinal);
        return Guid.Parse(location["/Bookings/".Length..]);
    }

    /// <summary>An empty form carrying the antiforgery token found in <paramref name="html"/>, for posting many at once.</summary>
    public static FormUrlEncodedContent TokenForm(string html) => new(new Dictionary<string, string>
    {
        ["__RequestVerificationToken"] = WebUtility.HtmlDecode(Token().Match(html).Groups[1].Value),
    });

    public static List<Guid> OfferIds(string html) => OfferId().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    public static List<Guid> VisitIds(string html) => VisitId().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    public static Task<int> BookingsForAsync(this CareMatchAppFactory factory, Guid requestId) => factory.InScopeAsync(services =>
        services.GetRequiredService<BookingsDbContext>().Bookings.CountAsync(b => b.RequestId == requestId));

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();

    [GeneratedRegex("data-offer-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex OfferId();

    [GeneratedRegex("data-visit-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex VisitId();
}
