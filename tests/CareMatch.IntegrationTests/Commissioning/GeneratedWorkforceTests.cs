using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Metrics;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// The generated history's carers: every carer who gives a generated visit is one of them, based in
/// that district; and, on their figures with districts of all sizes, no published workforce cell nor a
/// total less its shown districts is from 1 to 4.
/// </summary>
public sealed class GeneratedWorkforceTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Districts = ["GW1", "GW2", "GW3", "GW4"];

    [Fact]
    public void Every_carer_giving_a_generated_visit_is_a_generated_carer_of_the_requests_district()
    {
        var carers = GeneratedCarers.For(7, Districts, Now.AddDays(-182), Now).ToDictionary(c => c.CarerProfileId);
        var requests = GeneratedActivity.Requests(7, Districts, Now.AddDays(-182), Now, 2).ToList();
        var visits = requests.SelectMany(r => GeneratedVisits.For(new Random(7), r, Now, 1).Select(v => (r.District, v.CarerProfileId))).ToList();

        Assert.NotEmpty(visits);
        Assert.All(visits, v => Assert.Equal(v.District, carers[v.CarerProfileId].District));
        Assert.Equal(Districts.Length * GeneratedVisits.CarersPerDistrict, carers.Count);
        Assert.Contains(carers.Values, c => !c.Bookable);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_published_workforce_cell_nor_a_total_less_its_shown_districts_is_from_1_to_4(int seed)
    {
        var random = new Random(seed);
        // Each district keeps from none to all of its generated carers, so some are small.
        var carers = GeneratedCarers.For(seed, Districts, Now.AddDays(-91), Now)
            .GroupBy(c => c.District).SelectMany(d => d.Take(random.Next(0, GeneratedVisits.CarersPerDistrict + 1)))
            .Select(c => new WorkforceCarer(c.District!, c.Bookable, c.HourlyRatePence, c.WeeklyMinutesOffered, c.FirstVerifiedAt >= Now.AddDays(-91)))
            .ToList();
        var scope = new CommissionerScope(Guid.NewGuid(), "Generated", 13, DateOnly.FromDateTime(Now.AddDays(-90).Date), DateOnly.FromDateTime(Now.Date), Now.AddDays(-91), Now, Districts, RequestFilters.None);

        var figures = WorkforceOf.Of(scope, carers, 0, 0, 0, 2_000);

        AssertSafe(figures.Bookable, figures.ByDistrict.Select(d => d.Bookable));
        AssertSafe(figures.NewlyVerified, figures.ByDistrict.Select(d => d.NewlyVerified));
        Assert.All(figures.ByDistrict, d => Assert.Equal(d.Bookable.Suppressed, d.HoursOfferedAWeek.Suppressed));
        Assert.All(figures.ByDistrict.Where(d => !d.Bookable.Suppressed), d => Assert.Equal(carers.Count(c => c.District == d.District && c.Bookable), d.Bookable.Value));
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 25)];

    private static void AssertSafe(PublishedCount total, IEnumerable<PublishedCount> districts)
    {
        var cells = districts.Select(d => d.Value).ToList();
        Assert.All(cells.Append(total.Value), c => Assert.False(c is > 0 and < 5, $"a published count of {c}"));
        if (total.Value is not { } whole) return;
        var hiddenTogether = whole - cells.Sum(c => c ?? 0);
        Assert.False(hiddenTogether is > 0 and < 5, $"the total less the shown districts is {hiddenTogether}");
    }
}
