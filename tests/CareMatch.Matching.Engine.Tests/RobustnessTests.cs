using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Taxonomy;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Tests;

public sealed class RobustnessTests
{
    [Fact]
    public void Same_input_gives_the_same_output_in_the_same_order()
    {
        var carers = RandomTown.Carers(new Random(7), 400);
        var requests = RandomTown.Requests(new Random(8), carers, 30);
        var shuffled = carers.OrderBy(c => c.CarerId).Reverse().ToList();

        var first = requests.Select(r => new CarerMatcher().Rank(CarerIndex.Build(carers), r, Town.Today)).ToList();
        var again = requests.Select(r => new CarerMatcher().Rank(CarerIndex.Build(shuffled), r, Town.Today)).ToList();

        for (var i = 0; i < requests.Count; i++)
        {
            Assert.Equal(Describe(first[i]), Describe(again[i]));
        }
    }

    [Fact]
    public void Equal_scores_are_broken_by_carer_id()
    {
        var twins = new[] { Town.Carer(3, eastKm: 1), Town.Carer(1, eastKm: 1), Town.Carer(2, eastKm: 1) };

        var result = new CarerMatcher().Rank(CarerIndex.Build(twins), Town.Request(), Town.Today);

        Assert.Equal([Town.Id(1), Town.Id(2), Town.Id(3)], result.Carers.Select(c => c.CarerId));
        Assert.Single(result.Carers.Select(c => c.Score).Distinct());
    }

    [Fact]
    public void A_request_nobody_can_serve_gets_reasons_not_an_error()
    {
        var carers = GoldenTownTests.Carers();
        var impossible = Town.Request() with
        {
            RequiredLanguages = LanguageSet.Of(Town.Punjabi),
            MaxHourlyRatePence = 500,
            Schedule = VisitSchedule.Weekly([new WeeklyTime(DayOfWeek.Sunday, new(2, 0), new(4, 0))], Town.Monday),
        };

        var result = new CarerMatcher().Rank(CarerIndex.Build(carers), impossible, Town.Today);

        Assert.Empty(result.Carers);
        Assert.Equal(0, result.Summary.Eligible);
        Assert.Equal(8, result.Summary.Removed.Sum(r => r.Count));
        Assert.Contains("don't speak the language needed", result.Summary.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.0, 0.0)]
    [InlineData(57.0, -6.0)]
    public void A_request_far_from_every_carer_says_so(double latitude, double longitude)
    {
        var request = Town.Request() with { Latitude = latitude, Longitude = longitude };

        var result = new CarerMatcher().Rank(CarerIndex.Build(GoldenTownTests.Carers()), request, Town.Today);

        Assert.Empty(result.Carers);
        Assert.Empty(result.Suggestions);
        Assert.Equal("No carers live within reach of this place yet", result.Summary.Text);
    }

    [Fact]
    public void An_empty_index_answers_too()
    {
        var result = new CarerMatcher().Rank(CarerIndex.Empty(), Town.Request(), Town.Today);

        Assert.Empty(result.Carers);
        Assert.Equal(0, result.Summary.Nearby);
    }

    [Fact]
    public void Availability_reason_names_the_part_of_the_week_missed_most()
    {
        // Five carers free Tuesdays only in the afternoon; two also miss Thursday morning.
        var tuesdayAfternoons = WeekSlots.Available(new WeeklyTime(DayOfWeek.Tuesday, new(12, 0), new(18, 0)), new WeeklyTime(DayOfWeek.Thursday, new(7, 0), new(12, 0)));
        var carers = Enumerable.Range(1, 5).Select(n => Town.Carer(n, eastKm: n) with { WeeklyAvailability = n <= 2 ? WeekSlots.Empty : tuesdayAfternoons });

        var summary = new CarerMatcher().Rank(CarerIndex.Build(carers), Town.Request(), Town.Today).Summary;

        Assert.Equal("5 not free on Tuesday mornings", summary.Text);
    }

    [Fact]
    public void Budget_suggestion_names_the_median_rate_of_carers_only_over_budget()
    {
        var rates = new[] { 2300, 2400, 2500, 2900, 3000 };
        var carers = rates.Select((rate, n) => Town.Carer(n + 1, eastKm: n) with { HourlyRatePence = rate });

        var suggestion = Assert.Single(new CarerMatcher().Rank(CarerIndex.Build(carers), Town.Request(), Town.Today).Suggestions);

        Assert.Equal("Raising your budget to £25 an hour would add 3 carers", suggestion.Text);
    }

    [Fact]
    public void Top_zero_still_summarises()
    {
        var result = new CarerMatcher().Rank(CarerIndex.Build(GoldenTownTests.Carers()), Town.Request(), Town.Today, top: 0);

        Assert.Empty(result.Carers);
        Assert.Equal(4, result.Summary.Eligible);
    }

    private static string Describe(MatchResult result) =>
        string.Join(";", result.Carers.Select(c => $"{c.Rank}:{c.CarerId}:{c.Score:R}:{c.DistanceKm:R}:{string.Join(",", c.Factors.Select(f => f.Contribution.ToString("R", System.Globalization.CultureInfo.InvariantCulture)))}"))
        + "|" + result.Summary.Text + "|" + string.Join(";", result.Summary.Removed.Select(r => $"{r.Filter}:{r.Count}"))
        + "|" + string.Join(";", result.Suggestions.Select(s => s.Text));
}
