using System.Net;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// A commissioner who names another council's district in a view's filters, or in its CSV
/// download, gets 404: never that council's figures, and never their own passed off under the
/// other district's name. Their own district answers as usual. (Another council's invoice CSV is
/// 404 too: see <see cref="PersonalBudgetTests"/>.)
/// </summary>
public sealed class OtherCouncilAccessTests(SqliteAppFactory factory) : IClassFixture<SqliteAppFactory>
{
    private readonly CommissioningEvents _events = new(factory);

    /// <summary>
    /// Every view that takes filters, and its download.
    /// Where need is waiting has no period, so its address starts with an empty kind of care (everyone).
    /// </summary>
    private static readonly string[] Views =
    [
        "/Commissioner/Requests?weeks=4", "/Commissioner/Requests?handler=Csv&weeks=4",
        "/Commissioner/Reliability?weeks=13", "/Commissioner/Reliability?handler=Csv&weeks=13",
        "/Commissioner/Workforce?weeks=52", "/Commissioner/Workforce?handler=Csv&weeks=52",
        "/Commissioner/Unmet?care=", "/Commissioner/Unmet?handler=Csv",
    ];

    [Fact]
    public async Task Another_councils_district_is_404_on_every_view_and_download_and_their_own_is_shown()
    {
        var mine = await factory.CommissionerOfNewCouncilAsync();
        var theirs = await factory.CommissionerOfNewCouncilAsync();
        var (myDistrict, theirDistrict) = (await _events.DistrictOfAsync(mine.Email), await _events.DistrictOfAsync(theirs.Email));

        foreach (var view in Views)
        {
            Assert.Equal((view, HttpStatusCode.OK), (view, (await mine.Client.GetAsync($"{view}&district={myDistrict}")).StatusCode));
            Assert.Equal((view, HttpStatusCode.OK), (view, (await mine.Client.GetAsync($"{view}&district={myDistrict.ToLowerInvariant()}")).StatusCode));
            Assert.Equal((view, HttpStatusCode.NotFound), (view, (await mine.Client.GetAsync($"{view}&district={theirDistrict}")).StatusCode));
            Assert.Equal((view, HttpStatusCode.NotFound), (view, (await theirs.Client.GetAsync($"{view}&district={myDistrict}")).StatusCode));
            // A district no council has is not theirs either; no district at all is their whole council.
            Assert.Equal((view, HttpStatusCode.NotFound), (view, (await mine.Client.GetAsync($"{view}&district=%3DZZ9")).StatusCode));
            Assert.Equal((view, HttpStatusCode.OK), (view, (await mine.Client.GetAsync($"{view}&district=")).StatusCode));
        }
    }
}
