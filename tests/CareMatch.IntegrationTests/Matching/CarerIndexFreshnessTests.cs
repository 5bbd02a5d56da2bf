using System.Net;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Needs;
using CareMatch.IntegrationTests.Security;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Matching;

/// <summary>
/// Two nodes over one database. Only the first handles Providers' events, yet the second's
/// carer index sees the change by polling the change rows, without waiting for a rebuild.
/// </summary>
public sealed class CarerIndexFreshnessTests(SqliteAppFactory firstNode) : IClassFixture<SqliteAppFactory>
{
    [Fact]
    public void Each_node_builds_its_carer_index_at_start()
    {
        using var node = new SecondNodeFactory(firstNode.Services.GetConnectionString());

        Assert.True(node.Services.GetRequiredService<CareMatch.Matching.CarerIndexing.CarerIndexHolder>().IsBuilt);
    }

    [Fact]
    public async Task A_carer_verified_through_one_node_appears_on_another_nodes_shortlist()
    {
        var (email, _) = await firstNode.RegisterAsync(AccountRoles.Seeker);
        var seekerOnFirst = await firstNode.SignedInAsync(email);
        var requestId = await seekerOnFirst.PostRequestAsync(ShortlistSetup.RequestNeeding("MentalHealth"));

        await using var secondNode = new SecondNodeFactory(firstNode.Services.GetConnectionString());
        var seekerOnSecond = await secondNode.SignedInAsync(email);
        var before = WebUtility.HtmlDecode(await seekerOnSecond.GetStringAsync(ShortlistSetup.ShortlistPage(requestId)));
        Assert.Contains("No carer matches this request yet", before, StringComparison.Ordinal);

        // Verified, and the events handled, on the first node only.
        await firstNode.CarerWithSkillAsync("Nia Other-Node", "LS6 2AB", "MentalHealth");

        var after = WebUtility.HtmlDecode(await seekerOnSecond.GetStringAsync(ShortlistSetup.ShortlistPage(requestId)));
        Assert.Contains("Nia Other-Node", after, StringComparison.Ordinal);
    }
}
