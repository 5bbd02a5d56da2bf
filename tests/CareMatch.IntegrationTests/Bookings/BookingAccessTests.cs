using System.Net;
using CareMatch.Bookings.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Bookings;

/// <summary>
/// Nobody acts on an offer, booking or visit that is not theirs: strangers get 404 (the id
/// reveals nothing), the other side gets 403 for what only one side may do. One test per action.
/// </summary>
public abstract class BookingAccessTests<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : CareMatchAppFactory
{
    private BookingSetup.Invited _booked = null!;
    private Guid _bookingId;
    private Guid _visitId;
    private HttpClient _strangerSeeker = null!;
    private HttpClient _strangerCarer = null!;

    public async Task InitializeAsync()
    {
        _booked = await factory.InvitedAsync("FoodHygiene", "Ada Access");
        _bookingId = BookingSetup.BookingIdFrom(await _booked.Carer.Client.OfferActionAsync("/Carer/Offers", "Accept", _booked.OfferId));
        _visitId = await factory.InScopeAsync(services => services.GetRequiredService<BookingsDbContext>().Visits
            .Where(v => v.BookingId == _bookingId).OrderBy(v => v.StartsAt).Select(v => v.Id).FirstAsync());
        (_strangerSeeker, _) = await factory.NewSeekerAsync();
        _strangerCarer = (await factory.CarerWithSkillAsync("Stan Stranger", "LS6 2AB", "FoodHygiene")).Client;
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Strangers_cannot_see_the_booking_or_its_visits()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _strangerSeeker.GetAsync($"/Bookings/{_bookingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _strangerCarer.GetAsync($"/Bookings/{_bookingId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _strangerSeeker.GetAsync($"/Visits/{_visitId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _strangerCarer.GetAsync($"/Visits/{_visitId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _strangerSeeker.GetAsync($"/Seeker/Requests/{_booked.RequestId}/Offers")).StatusCode);
        Assert.DoesNotContain(_visitId.ToString(), await _strangerCarer.GetStringAsync("/Carer/Visits"), StringComparison.Ordinal);
        Assert.DoesNotContain(_visitId.ToString(), await _strangerSeeker.GetStringAsync("/Seeker/Visits"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_booked_carer_is_shown_the_persons_name_address_and_notes()
    {
        var seekerView = await _booked.Seeker.GetStringAsync($"/Bookings/{_bookingId}");
        Assert.DoesNotContain("data-testid=\"booking-address\"", seekerView, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"booking-notes\"", seekerView, StringComparison.Ordinal);
        var carerView = WebUtility.HtmlDecode(await _booked.Carer.Client.GetStringAsync($"/Bookings/{_bookingId}"));
        Assert.Contains(CareRequestForms.AddressLine, carerView, StringComparison.Ordinal);
        Assert.Contains(CareRequestForms.Notes, carerView, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"booking-recipient\">{CareRequestForms.FirstName}<", carerView, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Only_the_visits_carer_checks_in_and_out()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await _booked.Seeker.VisitActionAsync(_visitId, "CheckIn")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _strangerCarer.VisitActionAsync(_visitId, "CheckIn")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await _booked.Seeker.VisitActionAsync(_visitId, "CheckOut")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _strangerCarer.VisitActionAsync(_visitId, "CheckOut")).StatusCode);
    }

    [Fact]
    public async Task Only_the_bookings_seeker_approves_a_visit()
    {
        Assert.Equal(HttpStatusCode.Forbidden, (await _booked.Carer.Client.VisitActionAsync(_visitId, "Approve")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _strangerSeeker.VisitActionAsync(_visitId, "Approve")).StatusCode);
    }

    [Fact]
    public async Task Strangers_cannot_cancel_a_visit_or_end_the_booking()
    {
        Assert.Equal(HttpStatusCode.NotFound, (await _strangerSeeker.VisitActionAsync(_visitId, "Cancel")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _strangerCarer.VisitActionAsync(_visitId, "Cancel")).StatusCode);
        var end = await _strangerSeeker.PostWithTokenFromAsync("/Account/ChangePassword", $"/Bookings/{_bookingId}?handler=End", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, end.StatusCode);
    }

    [Fact]
    public async Task Offers_are_answered_only_by_the_side_they_were_sent_to()
    {
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("FoodHygiene"));
        var carer = await factory.CarerWithSkillAsync("Otto Offer", "LS6 2AB", "FoodHygiene");
        var offerId = await seeker.InviteAsync(requestId, carer.ProfileId);
        var page = $"/Seeker/Requests/{requestId}/Offers";

        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.OfferActionAsync(page, "Accept", offerId)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.OfferActionAsync(page, "Decline", offerId)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await carer.Client.OfferActionAsync("/Carer/Offers", "Withdraw", offerId)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _strangerCarer.OfferActionAsync("/Carer/Offers", "Accept", offerId)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _strangerCarer.OfferActionAsync("/Carer/Offers", "Decline", offerId)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await _strangerSeeker.PostWithTokenFromAsync("/Account/ChangePassword", $"{page}?handler=Withdraw&offerId={offerId}", new Dictionary<string, string>())).StatusCode);
        Assert.Equal(0, await factory.BookingsForAsync(requestId));
    }

    [Fact]
    public async Task A_seeker_cannot_invite_carers_to_another_seekers_request()
    {
        var response = await _strangerSeeker.PostWithTokenFromAsync("/Account/ChangePassword",
            $"/Seeker/Requests/{_booked.RequestId}/Invite/{_booked.Carer.ProfileId}", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

public sealed class BookingAccessTestsOnSqlite(SqliteAppFactory factory) : BookingAccessTests<SqliteAppFactory>(factory);

public sealed class BookingAccessTestsOnPostgreSql(PostgresAppFactory factory) : BookingAccessTests<PostgresAppFactory>(factory);
