using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Tests;

/// <summary>
/// The index must change nothing but speed: on random requests, its ranking, scores and
/// filter counts equal a brute-force reference that explains every carer one by one and
/// sorts, with no grid, no heap and no early exits.
/// </summary>
public sealed class IndexMatchesBruteForceTests
{
    private const int Top = 10;
    private static readonly CarerMatcher Matcher = new();

    [Fact]
    public void Indexed_ranking_equals_brute_force_on_1000_random_requests()
    {
        var carers = RandomTown.Carers(new Random(20250402), 800);
        var requests = RandomTown.Requests(new Random(42), carers, 1000);
        var index = CarerIndex.Build(carers);

        var nonEmpty = 0;
        foreach (var request in requests)
        {
            var result = Matcher.Rank(index, request, Town.Today, Top);
            AssertSame(BruteForce(carers, request), result);
            if (result.Carers.Count > 0) nonEmpty++;
        }

        // The comparison only means something if most requests have someone to rank.
        Assert.True(nonEmpty > 500, $"only {nonEmpty} requests had any eligible carer");
    }

    [Fact]
    public void Indexed_ranking_still_equals_brute_force_after_upserts_and_removals()
    {
        var random = new Random(99);
        var carers = RandomTown.Carers(random, 400);
        var index = CarerIndex.Build(carers);
        var moved = RandomTown.Carers(new Random(100), 150);

        // Move some carers (new place, radius, everything), remove some, add some new ones.
        for (var i = 0; i < 100; i++)
        {
            carers[i] = moved[i] with { CarerId = carers[i].CarerId };
            index.Upsert(carers[i]);
        }

        foreach (var gone in carers.Skip(100).Take(50).ToList())
        {
            Assert.True(index.Remove(gone.CarerId));
            carers.Remove(gone);
        }

        foreach (var added in moved.Skip(100))
        {
            index.Upsert(added);
            carers.Add(added);
        }

        // Far away, outside the grid the index was built with.
        var faraway = RandomTown.Carers(new Random(3), 5).Select(c => c with { Latitude = c.Latitude + 3, Longitude = c.Longitude - 2 }).ToList();
        foreach (var carer in faraway) index.Upsert(carer);
        carers.AddRange(faraway);

        Assert.Equal(carers.Count, index.Count);
        var requests = RandomTown.Requests(new Random(101), carers, 200)
            .Concat(faraway.Select(c => Town.Request() with { Latitude = c.Latitude, Longitude = c.Longitude, RequiredCareTypes = default, RequiredSkills = default }));
        foreach (var request in requests)
        {
            AssertSame(BruteForce(carers, request), Matcher.Rank(index, request, Town.Today, Top));
        }
    }

    [Fact]
    public void Indexed_ranking_still_equals_brute_force_after_cells_outgrow_their_room_and_are_laid_out_again()
    {
        // Built with 100 carers, then 3,000 more arrive one by one at five busy spots: those
        // cells fill, move to the end of the store with more room, leave gaps, and the store
        // is laid out afresh once the gaps outnumber the carers. Now and then someone leaves.
        var carers = RandomTown.Carers(new Random(7), 100);
        var index = CarerIndex.Build(carers);
        var arrivals = RandomTown.Carers(new Random(8), 3000)
            .Select((carer, n) => carer with { Latitude = carers[n % 5].Latitude, Longitude = carers[n % 5].Longitude })
            .ToList();
        for (var i = 0; i < arrivals.Count; i++)
        {
            index.Upsert(arrivals[i]);
            carers.Add(arrivals[i]);
            if (i % 300 != 299) continue;
            Assert.True(index.Remove(carers[i / 3].CarerId));
            carers.RemoveAt(i / 3);
        }

        Assert.Equal(carers.Count, index.Count);
        Assert.True(index.StoreLayouts > 1, "the store was never laid out afresh, so this test does not cover it");
        foreach (var request in RandomTown.Requests(new Random(9), carers, 200))
        {
            AssertSame(BruteForce(carers, request), Matcher.Rank(index, request, Town.Today, Top));
        }
    }

    private sealed record Reference(List<CarerEvaluation> Ranked, int Nearby, int Eligible, Dictionary<HardFilter, int> Removed);

    private static Reference BruteForce(IEnumerable<CarerSnapshot> carers, MatchRequest request)
    {
        var nearby = carers.Select(carer => Matcher.Explain(carer, request, Town.Today)).Where(e => e.Nearby).ToList();
        var eligible = nearby.Where(e => e.Eligible).ToList();
        var ranked = eligible.OrderByDescending(e => e.Score).ThenBy(e => e.CarerId).Take(Top).ToList();
        var removed = nearby.Where(e => !e.Eligible).GroupBy(e => e.FirstFailure).ToDictionary(g => g.Key, g => g.Count());
        return new Reference(ranked, nearby.Count, eligible.Count, removed);
    }

    private static void AssertSame(Reference expected, MatchResult actual)
    {
        Assert.Equal(expected.Ranked.Select(e => e.CarerId), actual.Carers.Select(c => c.CarerId));
        Assert.Equal(expected.Ranked.Select(e => e.Score), actual.Carers.Select(c => c.Score));
        Assert.Equal(expected.Ranked.Select(e => e.DistanceKm), actual.Carers.Select(c => c.DistanceKm));
        Assert.Equal(expected.Nearby, actual.Summary.Nearby);
        Assert.Equal(expected.Eligible, actual.Summary.Eligible);
        Assert.Equal(expected.Removed.OrderBy(p => p.Key), actual.Summary.Removed.Select(r => KeyValuePair.Create(r.Filter, r.Count)).OrderBy(p => p.Key));
    }
}
