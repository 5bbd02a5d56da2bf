using System.Net;
using System.Text.RegularExpressions;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Needs;
using CareMatch.Matching.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Matching;

/// <summary>
/// An admin overrides the match weights for one council: bad values are refused at their field
/// with nothing saved; saved weights change that council's rankings at once; reset restores them.
/// </summary>
public abstract partial class CouncilWeightsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    public static TheoryData<string, string, string> BadWeights => new()
    {
        // field, value typed, message expected at the field
        { "Input.Distance", "", "Enter a weight for distance, such as 1 or 1.5" },
        { "Input.Distance", "lots", "The distance weight must be a number, such as 1 or 1.5" },
        { "Input.Price", "-1", "The price weight must be between 0 and 100" },
        { "Input.Rating", "250", "The rating weight must be between 0 and 100" },
        { "Input.NewCarerBoost", "5", "The new-carer boost can be at most 15% of all the weights added together" },
    };

    [Theory]
    [MemberData(nameof(BadWeights))]
    public async Task A_bad_weight_is_refused_at_its_field_and_nothing_is_saved(string field, string value, string message)
    {
        var admin = await factory.AdminAsync();
        var councilId = await CouncilAsync(admin, "PE1");
        var form = Weights(distance: "2", price: "1");
        form[field] = value;

        var response = await admin.SubmitAsync(WeightsPage(councilId), form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var html = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        Assert.Contains($"href=\"#{field.Replace('.', '_')}\"", html, StringComparison.Ordinal);
        Assert.Contains($"Error:</span> {message}", html, StringComparison.Ordinal);
        Assert.Equal(0, await SavedOverridesAsync(councilId));
    }

    [Fact]
    public async Task All_weights_zero_is_refused()
    {
        var admin = await factory.AdminAsync();
        var councilId = await CouncilAsync(admin, "PE31");
        var form = Weights(distance: "0", price: "0");
        foreach (var key in form.Keys.ToList()) form[key] = "0";

        var html = WebUtility.HtmlDecode(await (await admin.SubmitAsync(WeightsPage(councilId), form)).Content.ReadAsStringAsync());

        Assert.Contains("Error:</span> At least one weight must be above zero", html, StringComparison.Ordinal);
        Assert.Equal(0, await SavedOverridesAsync(councilId));
    }

    [Fact]
    public async Task A_councils_weights_change_its_rankings_and_reset_restores_the_defaults()
    {
        var near = await factory.CarerWithSkillAsync("Nell Near-Dear", "LS6 2AB", "FoodHygiene", hourlyRate: "22.00");
        var cheap = await factory.CarerWithSkillAsync("Chas Cheap-Far", "LS16 6AA", "FoodHygiene", hourlyRate: "12.00");
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("FoodHygiene"));
        await factory.DrainOutboxAsync();
        var admin = await factory.AdminAsync();
        var councilId = await CouncilAsync(admin, "LS1");

        var saved = await admin.SubmitAsync(WeightsPage(councilId), Weights(distance: "0", price: "10"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("set by an admin", await admin.GetStringAsync(WeightsPage(councilId)), StringComparison.Ordinal);
        Assert.Equal([cheap.ProfileId, near.ProfileId], await ShortlistAsync(seeker, requestId));

        await admin.SubmitAsync(WeightsPage(councilId), Weights(distance: "10", price: "0"));
        Assert.Equal([near.ProfileId, cheap.ProfileId], await ShortlistAsync(seeker, requestId));

        var reset = await admin.SubmitAsync(WeightsPage(councilId), new Dictionary<string, string>(), handler: "Reset");
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Contains("ranked with the default weights", await admin.GetStringAsync(WeightsPage(councilId)), StringComparison.Ordinal);
        Assert.Equal(0, await SavedOverridesAsync(councilId));
    }

    [Fact]
    public async Task Only_admins_see_the_weights_and_an_unknown_council_is_not_found()
    {
        var admin = await factory.AdminAsync();
        var councilId = await CouncilAsync(admin, "PE32");
        var (seeker, _) = await factory.NewSeekerAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync(WeightsPage(councilId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync(WeightsPage(Guid.NewGuid()))).StatusCode);
    }

    private static string WeightsPage(Guid councilId) => $"/Admin/Councils/Weights?councilId={councilId}";

    private static Dictionary<string, string> Weights(string distance, string price) => new()
    {
        ["Input.Continuity"] = "3",
        ["Input.Distance"] = distance,
        ["Input.Preferences"] = "1.5",
        ["Input.Rating"] = "1.5",
        ["Input.Reliability"] = "1",
        ["Input.Price"] = price,
        ["Input.Responsiveness"] = "0.5",
        ["Input.NewCarerBoost"] = "0.5",
    };

    /// <summary>Creates a council through the admin pages and returns its id from the weights link.</summary>
    private static async Task<Guid> CouncilAsync(HttpClient admin, string districts)
    {
        var name = $"Council {Guid.NewGuid():N}";
        var created = await admin.SubmitAsync("/Admin/Councils/Create", new Dictionary<string, string> { ["Input.Name"] = name, ["Input.Districts"] = districts });
        if (created.StatusCode != HttpStatusCode.Redirect)
        {
            // The district already belongs to a council from an earlier test: use that one.
            Assert.Contains("already belongs to another council", await created.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var list = WebUtility.HtmlDecode(await admin.GetStringAsync("/Admin/Councils"));
        var row = list.Split("<tr class=\"govuk-table__row\">").Single(r => Regex.IsMatch(r, $@"<td class=""govuk-table__cell"">([^<]*\b)?{districts}\b"));
        return Guid.Parse(WeightsLink().Match(row).Groups[1].Value);
    }

    private static async Task<List<Guid>> ShortlistAsync(HttpClient seeker, Guid requestId) =>
        ShortlistedCarer().Matches(await seeker.GetStringAsync(ShortlistSetup.ShortlistPage(requestId))).Select(m => Guid.Parse(m.Groups[1].Value)).ToList();

    private Task<int> SavedOverridesAsync(Guid councilId) => factory.InScopeAsync(services =>
        services.GetRequiredService<MatchingDbContext>().CouncilWeights.CountAsync(w => w.CouncilId == councilId));

    [GeneratedRegex("/Admin/Councils/Weights\\?councilId=([0-9a-f-]{36})")]
    private static partial Regex WeightsLink();

    [GeneratedRegex("data-testid=\"shortlisted-carer\" data-profile-id=\"([0-9a-f-]{36})\"")]
    private static partial Regex ShortlistedCarer();
}

public sealed class CouncilWeightsTestsOnSqlite(SqliteAppFactory factory) : CouncilWeightsTests<SqliteAppFactory>(factory);

public sealed class CouncilWeightsTestsOnPostgreSql(PostgresAppFactory factory) : CouncilWeightsTests<PostgresAppFactory>(factory);
