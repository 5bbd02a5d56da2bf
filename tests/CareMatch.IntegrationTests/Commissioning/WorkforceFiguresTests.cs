using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Metrics;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>The workforce figures worked out from known carers: the median's edges, the share against the framework rate, and suppression.</summary>
public sealed class WorkforceFiguresTests
{
    private static readonly CommissionerScope Scope = new(
        Guid.NewGuid(), "Test council", 13, new DateOnly(2026, 9, 1), new DateOnly(2026, 11, 30), DateTimeOffset.UtcNow.AddDays(-91), DateTimeOffset.UtcNow, ["AB1", "AB2"], RequestFilters.None);

    [Fact]
    public void The_median_is_the_middle_rate_or_the_mean_of_the_two_middle_ones_and_needs_5_rates()
    {
        Assert.Null(WorkforceOf.MedianRatePence([1_500, 1_600, 1_700, 1_800]));
        Assert.Equal(1_700, WorkforceOf.MedianRatePence([1_500, 1_600, 1_700, 1_800, 9_000]));
        Assert.Equal(1_751, WorkforceOf.MedianRatePence([1_500, 1_600, 1_700, 1_801, 1_900, 9_000]));
    }

    [Fact]
    public void Ten_bookable_carers_give_every_figure_and_a_carer_at_the_framework_rate_counts_as_no_more_than_it()
    {
        var carers = Enumerable.Range(0, 10).Select(i => new WorkforceCarer("AB1", true, 1_600 + (i * 200), 120, NewlyVerified: i < 6)).ToList();
        carers.Add(new WorkforceCarer("AB2", false, 1_500, 600, NewlyVerified: false));

        var figures = WorkforceOf.Of(Scope, carers, active: 7, requestsBooked: 6, minutesBookedAWeek: 6 * 90, frameworkRatePence: 2_400);

        Assert.Equal(10, figures.Bookable.Value);
        Assert.Equal(6, figures.NewlyVerified.Value);
        Assert.Equal(7, figures.Active.Value);
        Assert.Equal(20m, figures.HoursOfferedAWeek.Value);
        Assert.Equal(9m, figures.HoursBookedAWeek.Value);
        // 1,600 to 3,400 in steps of 200: the middle two are 2,400 and 2,600.
        Assert.Equal(2_500, figures.MedianHourlyRatePence);
        Assert.Equal(new PublishedShare(5, 10), figures.AtOrUnderFramework);
        Assert.Null(figures.MedianPayAfterFeesPence);
        Assert.Equal(new PublishedCount(10), figures.ByDistrict[0].Bookable);
        Assert.Equal(new PublishedCount(0), figures.ByDistrict[1].Bookable);
        Assert.Equal(new PublishedValue(0m, false), figures.ByDistrict[1].HoursOfferedAWeek);
    }

    [Fact]
    public void Few_carers_hide_their_count_their_hours_and_their_rates_and_a_district_column_cannot_be_worked_out_from_its_total()
    {
        List<WorkforceCarer> carers =
        [
            .. Enumerable.Range(0, 3).Select(_ => new WorkforceCarer("AB1", true, 2_000, 600, NewlyVerified: true)),
            .. Enumerable.Range(0, 6).Select(_ => new WorkforceCarer("AB2", true, 2_000, 600, NewlyVerified: false)),
        ];

        var few = WorkforceOf.Of(Scope, carers.Take(3).ToList(), active: 2, requestsBooked: 4, minutesBookedAWeek: 240, frameworkRatePence: null);
        Assert.True(few.Bookable.Suppressed);
        Assert.True(few.HoursOfferedAWeek.Suppressed);
        Assert.True(few.Active.Suppressed);
        Assert.True(few.HoursBookedAWeek.Suppressed);
        Assert.Null(few.MedianHourlyRatePence);
        Assert.Null(few.AtOrUnderFramework);

        var both = WorkforceOf.Of(Scope, carers, active: 0, requestsBooked: 0, minutesBookedAWeek: 0, frameworkRatePence: 2_000);
        Assert.Equal(9, both.Bookable.Value);
        // AB1's 3 are hidden, and so is AB2's 6, or 9 less 6 would give the 3 away; their hours go with them.
        Assert.All(both.ByDistrict, row => Assert.True(row.Bookable.Suppressed));
        Assert.All(both.ByDistrict, row => Assert.True(row.HoursOfferedAWeek.Suppressed));
        Assert.Equal(new PublishedShare(9, 9), both.AtOrUnderFramework);
    }
}
