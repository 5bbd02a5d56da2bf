using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.OpenData;
using CareMatch.Commissioning.Rollup;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// The small-number rule on generated data: 25 councils' histories (requests, visits and carers) from the demo's generator, with
/// plenty of small districts, rolled up and published. No published count is from 1 to 4, and no total less its
/// shown districts (nor a share's whole less its count) is either; the figures that are shown are the true ones.
/// </summary>
public sealed class OpenDataSuppressionTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 4, 12, 0, 0, TimeSpan.Zero);

    private static readonly string[] Districts = ["GA1", "GA2", "GA3", "GA4", "GA5", "GA6"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void No_published_cell_nor_a_difference_of_published_cells_reveals_a_count_from_1_to_4(int seed)
    {
        // The demo's generator, at rates from under one request a district a week (mostly small cells) to a few.
        var facts = GeneratedActivity.Requests(seed, Districts, Now.AddDays(-240), Now, requestsPerDistrictPerWeek: 0.3 + (seed % 5 * 0.5)).ToList();
        var random = new Random(seed);
        var visits = facts.SelectMany(r => GeneratedVisits.For(random, r, Now, perWeek: 1 + (seed % 3))).ToList();
        var carers = GeneratedCarers.For(seed, Districts, Now.AddDays(-240), Now).ToList();
        // The roll-up's own queries, run over the facts in memory.
        var (visitQuery, requestQuery) = (visits.AsQueryable(), facts.AsQueryable());
        var visitCounts = VisitMonthCountsOf.Combine(
            [.. VisitMonthCountsOf.Outcomes(visitQuery, requestQuery, Now)],
            [.. VisitMonthCountsOf.PeopleGivenCare(visitQuery, requestQuery, Now, perCarer: false)],
            [.. VisitMonthCountsOf.PeopleGivenCare(visitQuery, requestQuery, Now, perCarer: true)]);
        var truth = MonthlyFiguresOf.Council(Guid.NewGuid(), Districts, facts, visitCounts, carers, Now).ToList();
        var published = PublishedMonths.Of(truth, Now);

        foreach (var month in published.GroupBy(r => r.Month))
        {
            var whole = month.Single(r => r.District is null);
            var districts = month.Where(r => r.District is not null).ToList();
            AssertSafe(whole, districts, r => r.RequestsPosted.Value);
            AssertSafe(whole, districts, r => r.Waiting8To28Days.Value);
            AssertSafe(whole, districts, r => r.WaitingOver28Days.Value);
            AssertSafe(whole, districts, r => r.VisitsGiven.Value);
            AssertSafe(whole, districts, r => r.VisitsMissed.Value);
            AssertSafe(whole, districts, r => r.VisitsCancelledByCarer.Value);
            AssertSafe(whole, districts, r => r.VisitsCancelledByFamily.Value);
            AssertSafe(whole, districts, r => r.NewlyVerifiedCarers.Value);
            if (whole.VisitsCheckedInOnTime is not null)
            {
                // The on-time share's whole is the visits given: shown beside hidden visits, it would give them away.
                Assert.All(districts.Where(d => d.VisitsGiven.Suppressed), d => Assert.True(d.VisitsCheckedInOnTime!.Suppressed, $"{d.Month} {d.District}: the on-time share reveals the hidden visits"));
                AssertSafe(whole, districts, r => r.VisitsCheckedInOnTime!.Count);
                AssertSafe(whole, districts, r => r.VisitsCheckedInOnTime!.OutOf - r.VisitsCheckedInOnTime.Count);
            }
            if (whole.AnsweredWithinADay is not null)
            {
                // Its whole is the month's requests too.
                Assert.All(districts.Where(d => d.RequestsPosted.Suppressed), d => Assert.True(d.AnsweredWithinADay!.Suppressed, $"{d.Month} {d.District}: the one-day share reveals the hidden requests"));
                AssertSafe(whole, districts, r => r.AnsweredWithinADay!.Count);
                AssertSafe(whole, districts, r => r.AnsweredWithinADay!.OutOf - r.AnsweredWithinADay.Count);
            }
            if (whole.DeliveredWithin28Days is null) continue;
            // The share's whole is the month's requests: shown beside hidden requests, it would give them away.
            Assert.All(districts.Where(d => d.RequestsPosted.Suppressed), d => Assert.True(d.DeliveredWithin28Days!.Suppressed, $"{d.Month} {d.District}: the share's whole reveals the hidden requests"));
            AssertSafe(whole, districts, r => r.DeliveredWithin28Days!.Count);
            AssertSafe(whole, districts, r => r.DeliveredWithin28Days!.OutOf - r.DeliveredWithin28Days.Count);
        }

        var shown = published.Where(r => r.District is not null && !r.RequestsPosted.Suppressed).ToList();
        Assert.NotEmpty(shown);
        Assert.Contains(published, r => r.RequestsPosted.Suppressed);
        Assert.All(shown, r => Assert.Equal(truth.Single(t => t.Month == r.Month && t.District == r.District).Posted, r.RequestsPosted.Value));
        // Small visit counts do occur (a missed visit or two in a quiet district), and are hidden; the large ones are the true ones.
        Assert.Contains(published, r => r.District is not null && r.VisitsMissed.Suppressed);
        var given = published.Where(r => r.District is not null && r.VisitsGiven.Value > 0).ToList();
        Assert.NotEmpty(given);
        Assert.All(given, r => Assert.Equal(truth.Single(t => t.Month == r.Month && t.District == r.District).VisitsGiven, r.VisitsGiven.Value));
    }

    public static TheoryData<int> Seeds() => [.. Enumerable.Range(1, 25)];

    private static void AssertSafe(OpenFiguresRow whole, List<OpenFiguresRow> districts, Func<OpenFiguresRow, int?> count)
    {
        var cells = districts.Select(count).ToList();
        Assert.All(cells.Append(count(whole)), c => Assert.False(c is > 0 and < 5, $"{whole.Month}: a published count of {c}"));
        if (count(whole) is not { } total) return;
        var hiddenTogether = total - cells.Sum(c => c ?? 0);
        Assert.False(hiddenTogether is > 0 and < 5, $"{whole.Month}: the total less the shown districts is {hiddenTogether}");
    }
}
