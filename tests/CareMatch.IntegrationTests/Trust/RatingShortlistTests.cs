using System.Net;
using System.Text.RegularExpressions;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Needs;
using CareMatch.Trust.Contracts;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Trust;

/// <summary>
/// Families' stars, as Trust announces them, reorder a seeker's shortlist in the running host:
/// Matching keeps the count on the carer's track record and the engine's rating factor reads it.
/// </summary>
public sealed partial class RatingShortlistTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public async Task A_carer_rated_well_by_families_overtakes_one_rated_poorly()
    {
        await factory.CarerWithSkillAsync("Ann Alpha", "LS6 2AB", "Autism");
        await factory.CarerWithSkillAsync("Bo Beta", "LS6 2AB", "Autism");
        var (seekerEmail, _) = await factory.RegisterAsync(CareMatch.Accounts.Contracts.AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(seekerEmail);
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("Autism"));
        await factory.DrainOutboxAsync();
        var before = Order(await seeker.GetStringAsync(ShortlistSetup.ShortlistPage(requestId)));
        Assert.Equal(2, before.Count);

        await PublishAsync(new CarerRatingChanged(before[0], RatingSum: 5, RatingCount: 5));
        await PublishAsync(new CarerRatingChanged(before[1], RatingSum: 25, RatingCount: 5));

        var page = WebUtility.HtmlDecode(await seeker.GetStringAsync(ShortlistSetup.ShortlistPage(requestId)));
        Assert.Equal([before[1], before[0]], Order(page));
        Assert.Contains("Rated 5.0 from 5 reviews", page, StringComparison.Ordinal);
        Assert.Contains("Rated 1.0 from 5 reviews", page, StringComparison.Ordinal);
    }

    private Task PublishAsync(CarerRatingChanged rating) =>
        factory.InScopeAsync(async services => await services.GetRequiredService<IPublisher>().Publish(rating with { OccurredAt = DateTimeOffset.UtcNow }));

    private static List<Guid> Order(string html) => ShortlistedCarer().Matches(html).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    [GeneratedRegex("data-testid=\"shortlisted-carer\" data-profile-id=\"([0-9a-f-]+)\"")]
    private static partial Regex ShortlistedCarer();
}
