using System.Net;
using CareMatch.Commissioning.Persistence;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// How soon a family hears from a carer, through the pages and the outbox: a carer turning down an
/// invitation answers the request, and so does a carer applying; a family turning down that
/// application does not move the time, nor does a second answer.
/// </summary>
public sealed class CarerResponseTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task A_carer_declining_an_invitation_is_the_requests_first_carer_response()
    {
        var invited = await factory.InvitedAsync("DiabetesSupport");
        await factory.DrainOutboxAsync();
        Assert.Null(await FirstResponseAsync(invited.RequestId));

        Assert.Equal(HttpStatusCode.Redirect, (await invited.Carer.Client.OfferActionAsync("/Carer/Offers", "Decline", invited.OfferId)).StatusCode);
        await factory.DrainOutboxAsync();

        var answered = await FirstResponseAsync(invited.RequestId);
        Assert.NotNull(answered);
        Assert.True(answered > await PostedAtAsync(invited.RequestId));
    }

    [Fact]
    public async Task A_carers_application_is_the_first_response_and_the_familys_refusal_of_it_changes_nothing()
    {
        var carer = await factory.CarerWithSkillAsync("Ravi Replies", "LS6 2AB", "Parkinsons");
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("Parkinsons"));
        await factory.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.Redirect, (await carer.Client.SubmitAsync($"/Jobs/{requestId}", new Dictionary<string, string> { ["Input.Message"] = "I can help." }, handler: "Apply")).StatusCode);
        await factory.DrainOutboxAsync();
        var applied = await FirstResponseAsync(requestId);
        Assert.NotNull(applied);

        var offers = WebUtility.HtmlDecode(await seeker.GetStringAsync($"/Seeker/Requests/{requestId}/Offers"));
        Assert.Equal(HttpStatusCode.Redirect, (await seeker.OfferActionAsync($"/Seeker/Requests/{requestId}/Offers", "Decline", BookingSetup.OfferIds(offers).Single())).StatusCode);
        await factory.DrainOutboxAsync();
        Assert.Equal(applied, await FirstResponseAsync(requestId));
    }

    private Task<DateTimeOffset?> FirstResponseAsync(Guid requestId) => factory.InScopeAsync(services =>
        services.GetRequiredService<CommissioningDbContext>().RequestFacts.Where(f => f.RequestId == requestId).Select(f => f.FirstCarerResponseAt).SingleAsync());

    private Task<DateTimeOffset> PostedAtAsync(Guid requestId) => factory.InScopeAsync(services =>
        services.GetRequiredService<CommissioningDbContext>().RequestFacts.Where(f => f.RequestId == requestId).Select(f => f.PostedAt).SingleAsync());
}
