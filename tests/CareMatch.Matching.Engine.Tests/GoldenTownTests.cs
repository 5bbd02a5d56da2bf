using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Scores;
using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Tests;

/// <summary>
/// A small hand-made town around one request (Tuesday and Thursday 09:00–10:30, personal care
/// with a hoist, English, up to £22 an hour) whose order and reasons were worked out by hand.
/// </summary>
/// <remarks>
/// Default weights: continuity 3, distance 2, preferences 1.5, rating 1.5, reliability 1,
/// price 1, responsiveness 0.5, new-carer boost 0.5; total 11. No preferences are given, so
/// every carer gets the full 1.5 for them. An ordinary carer here has 4.5★ from 10 reviews
/// (Bayesian 4.333★ → 0.8333), 40 visits and 1 cancellation (2/61 → 0.8689), £18 (0.3636)
/// and replies in 30 minutes (0.6667).
/// <list type="bullet">
/// <item>Alice, 6 km, has visited this person 8 times (0.9111), ordinary otherwise:
/// (2.7333 + 2×0.5946 + 1.5 + 1.25 + 0.8689 + 0.3636 + 0.3333) / 11 = 0.7489.</item>
/// <item>Bea, 1 km (0.9170), 4.8★ from 40 (0.9278), 100 visits, none cancelled (0.9667),
/// replies in 10 minutes (0.8571): 0.5895.</item>
/// <item>Dee, 3 km (0.7711), ordinary but charges £12 (0.9091): 0.5821.</item>
/// <item>Cara, 1 km, brand new: no reviews (0.75), prior reliability (0.8), no replies yet
/// (0.5), full new-carer boost (1): 0.5793, just behind the established carers.</item>
/// <item>Out: Eve is 12 km away and travels 10; Fay charges £25; Gus is not verified; Hal
/// works afternoons only. Ivy lives 40 km away and is not in the neighbourhood at all.</item>
/// </list>
/// </remarks>
public sealed class GoldenTownTests
{
    private static readonly Guid Alice = Town.Id(1), Bea = Town.Id(2), Cara = Town.Id(3), Dee = Town.Id(4);
    private static readonly Guid Eve = Town.Id(5), Fay = Town.Id(6), Gus = Town.Id(7), Hal = Town.Id(8), Ivy = Town.Id(9);

    public static List<CarerSnapshot> Carers() =>
    [
        Town.Carer(Alice, northKm: 6),
        Town.Carer(Bea, eastKm: 1) with { RatingSum = 192, RatingCount = 40, CompletedVisits = 100, CarerCancellations = 0, MedianReplyMinutes = 10 },
        Town.Carer(Cara, eastKm: -1) with { RatingSum = 0, RatingCount = 0, CompletedVisits = 0, CarerCancellations = 0, MedianReplyMinutes = null },
        Town.Carer(Dee, northKm: -3) with { HourlyRatePence = 1200 },
        Town.Carer(Eve, northKm: 12),
        Town.Carer(Fay, eastKm: 2) with { HourlyRatePence = 2500 },
        Town.Carer(Gus, eastKm: 2) with { Verified = false },
        Town.Carer(Hal, northKm: 2) with { WeeklyAvailability = WeekSlots.Available(Enumerable.Range(1, 5).Select(day => new WeeklyTime((DayOfWeek)day, new(12, 0), new(18, 0)))) },
        Town.Carer(Ivy, northKm: 40),
    ];

    private static MatchRequest Request() => Town.Request() with { PreviousCarerVisits = new Dictionary<Guid, int> { [Alice] = 8 } };

    [Fact]
    public void Ranks_the_town_in_the_hand_worked_order()
    {
        var result = new CarerMatcher().Rank(CarerIndex.Build(Carers()), Request(), Town.Today);

        Assert.Equal([Alice, Bea, Dee, Cara], result.Carers.Select(c => c.CarerId));
        Assert.Equal([1, 2, 3, 4], result.Carers.Select(c => c.Rank));
        Assert.Equal([0.7489, 0.5895, 0.5821, 0.5793], result.Carers.Select(c => Math.Round(c.Score, 4)));
        Assert.Equal(6.0, result.Carers[0].DistanceKm, precision: 2);
    }

    [Fact]
    public void The_first_carer_is_first_because_she_knows_the_person()
    {
        var alice = new CarerMatcher().Rank(CarerIndex.Build(Carers()), Request(), Town.Today).Carers[0];

        var biggest = alice.Factors.MaxBy(f => f.Contribution)!;
        Assert.Equal(ScoreFactor.Continuity, biggest.Factor);
        Assert.Equal("Has cared for this person before (8 visits)", biggest.Explanation);
        Assert.Equal(3.0, biggest.Weight);
        Assert.Equal(0.9111, biggest.Value, precision: 4);
        Assert.Equal(0.2485, biggest.Contribution, precision: 4);
    }

    [Fact]
    public void Summarises_who_was_removed_and_why()
    {
        var summary = new CarerMatcher().Rank(CarerIndex.Build(Carers()), Request(), Town.Today).Summary;

        Assert.Equal(8, summary.Nearby);
        Assert.Equal(4, summary.Eligible);
        Assert.Equal(
            [(HardFilter.TravelRadius, 1), (HardFilter.Credentials, 1), (HardFilter.Budget, 1), (HardFilter.Availability, 1)],
            summary.Removed.Select(r => (r.Filter, r.Count)));
        Assert.Equal("1 too far, 1 not verified or with a check expiring before the start, 1 is above your budget, 1 not free on Tuesday mornings", summary.Text);
        Assert.Equal(new PartOfWeek(DayOfWeek.Tuesday, PartOfDay.Morning), summary.Removed[^1].MostOftenMissed);
    }

    [Fact]
    public void Suggests_what_would_widen_the_choice()
    {
        var suggestions = new CarerMatcher().Rank(CarerIndex.Build(Carers()), Request(), Town.Today).Suggestions;

        Assert.Equal(
            [
                "1 more carer would be in reach if they travelled up to 5 km further",
                "Raising your budget to £25 an hour would add 1 carer",
                "1 more carer matches everything but the times; other days or times would widen the choice",
            ],
            suggestions.Select(s => s.Text));
        Assert.Equal(2500, suggestions.Single(s => s.Relaxes == HardFilter.Budget).BudgetPence);
    }

    [Fact]
    public void Carers_see_the_request_in_jobs_for_you_with_the_same_score()
    {
        var other = Town.Request(northKm: 30);
        var openRequests = new Dictionary<Guid, MatchRequest> { [Town.Id(501)] = Request(), [Town.Id(502)] = other };

        var jobs = new CarerMatcher().RankRequestsFor(Carers()[0], openRequests, Town.Today);

        var job = Assert.Single(jobs);
        Assert.Equal(Town.Id(501), job.RequestId);
        Assert.Equal(0.7489, job.Score, precision: 4);
    }
}
