using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Needs;
using CareMatch.IntegrationTests.Security;
using CareMatch.Matching.Contracts;
using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Matching;

/// <summary>
/// The hourly re-match tells other modules what stands between an open request and a carer, once
/// for as long as it stays the same; Commissioning keeps it for "why need goes unmet".
/// </summary>
public sealed class OpenRequestObstacleTests(TimeControlledAppFactory factory) : IClassFixture<TimeControlledAppFactory>
{
    [Fact]
    public async Task A_request_no_carer_can_reach_is_reported_once_as_no_carer_nearby()
    {
        // The only carer with the skill lives in Ilkley, 22 km away, and travels 15 km.
        await factory.CarerWithSkillAsync("Ilka Too-Far", "LS29 8AA", "DiabetesSupport");
        var (email, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var requestId = await (await factory.SignedInAsync(email)).PostRequestAsync(ShortlistSetup.RequestNeeding("DiabetesSupport"));
        await factory.DrainOutboxAsync();

        await factory.RunRematchAsync();
        factory.Time.Advance(TimeSpan.FromHours(1));
        await factory.RunRematchAsync();
        await factory.DrainOutboxAsync();

        var published = await factory.InScopeAsync(services => services.GetRequiredService<MatchingDbContext>().Set<OutboxMessage>()
            .CountAsync(m => m.Type.Contains(nameof(OpenRequestMatchChecked)) && m.Payload.Contains(requestId.ToString())));
        Assert.Equal(1, published);
        var fact = await factory.InScopeAsync(services => services.GetRequiredService<CommissioningDbContext>().RequestFacts.AsNoTracking().SingleAsync(f => f.RequestId == requestId));
        Assert.Equal(OpenRequestMatchChecked.NoCarerNearby, fact.Obstacle);
        Assert.NotNull(fact.MatchCheckedAt);
    }
}
