using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Tests;

/// <summary>
/// The index's own reading of the hard filters (straight from its columns, dated clashes
/// walked slot by slot) must answer exactly as the filters that explain one carer: the first
/// failure after each filter, and the parts of the week missed, which the summaries and
/// suggestions are made of.
/// </summary>
public sealed class IndexedFiltersMatchHardFiltersTests
{
    [Fact]
    public void Indexed_filters_and_missed_parts_equal_the_explaining_filters()
    {
        var random = new Random(7);
        var carers = RandomTown.Carers(random, 600).Select((carer, n) => n % 3 == 0 ? carer with { TimeOff = [LongOrShortTimeOff(random)], BookedVisits = [.. Visits(random)] } : carer).ToList();
        var requests = RandomTown.Requests(new Random(8), carers, 150);
        var index = CarerIndex.Build(carers);
        var clashing = 0;
        foreach (var request in requests)
        {
            var prepared = new PreparedRequest(request, Town.Today);
            var filters = new IndexedHardFilters(prepared, index);
            for (var slot = 0; slot < index.Count; slot++)
            {
                var view = index.View(slot);
                foreach (var after in Enum.GetValues<HardFilter>().Where(filter => filter != HardFilter.TravelRadius))
                {
                    Assert.Equal(HardFilters.FirstFailure(view, prepared, after), filters.First(slot, after));
                }

                var missing = new ulong[WeekSlots.WordCount];
                AvailabilityFilter.Missing(view, prepared, missing);
                Assert.Equal(AvailabilityFilter.MissedParts(missing), filters.MissedParts(slot));
                if (view.Clashes is not null && !AvailabilityFilter.Passes(view, prepared)) clashing++;
            }
        }

        Assert.True(clashing > 1000, $"only {clashing} checks had a carer with clashes failing availability");
    }

    /// <summary>Time off from a day to a fortnight (so some cover a whole week), around the requests' start.</summary>
    private static DateRange LongOrShortTimeOff(Random random)
    {
        var from = Town.Monday.AddDays(random.Next(-10, 30));
        return new DateRange(from, from.AddDays(random.Next(0, 15)));
    }

    /// <summary>Visits at any time of day, some running past midnight and some past Sunday night into Monday.</summary>
    private static IEnumerable<TimeInterval> Visits(Random random)
    {
        for (var i = random.Next(1, 6); i > 0; i--)
        {
            var start = Town.Monday.AddDays(random.Next(-3, 35)).ToDateTime(new TimeOnly(random.Next(24), 5 * random.Next(12)));
            yield return new TimeInterval(start, start.AddMinutes(random.Next(1, 600)));
        }
    }
}
