using CareMatch.Payments.Budgets;
using CareMatch.Payments.Contracts;

namespace CareMatch.Payments.Tests.Budgets;

/// <summary>A budget's 4-week periods, what is allocated on a day, and the two warnings at their edges.</summary>
public sealed class BudgetFiguresTests
{
    private static readonly DateOnly Start = new(2027, 1, 4);

    private static PersonalBudget Budget(long perPeriod = 40_000, int days = 365) =>
        PersonalBudget.Offered(Guid.NewGuid(), "Leeds City Council", "seeker", "LCC-1", perPeriod, Start, Start.AddDays(days - 1), "commissioner", DateTimeOffset.UnixEpoch);

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(0, 1)]
    [InlineData(27, 1)]
    [InlineData(28, 2)]
    [InlineData(55, 2)]
    [InlineData(56, 3)]
    public void A_period_is_allocated_on_its_first_day(int daysAfterStart, int periods)
    {
        Assert.Equal(periods, BudgetFigures.PeriodsBegun(Budget(), Start.AddDays(daysAfterStart)));
        Assert.Equal(periods * 40_000L, BudgetFigures.AllocatedOn(Budget(), Start.AddDays(daysAfterStart)));
    }

    [Fact]
    public void Nothing_more_is_allocated_after_the_budget_ends()
    {
        var budget = Budget(days: 30);

        Assert.Equal(2, BudgetFigures.PeriodsBegun(budget, Start.AddDays(29)));
        Assert.Equal(2, BudgetFigures.PeriodsBegun(budget, Start.AddDays(400)));
    }

    [Fact]
    public void It_runs_out_within_two_weeks_when_the_next_14_days_cost_more_than_is_unspent_and_topped_up()
    {
        var today = Start.AddDays(10);
        List<(DateOnly, long)> planned = [(today, 6_000), (today.AddDays(7), 6_000), (today.AddDays(14), 6_000)];

        Assert.Equal(BudgetWarning.RunsOutWithinTwoWeeks, BudgetFigures.WarningOn(Budget(), today, 11_999, planned));
        Assert.NotEqual(BudgetWarning.RunsOutWithinTwoWeeks, BudgetFigures.WarningOn(Budget(), today, 12_000, planned));
    }

    [Fact]
    public void The_top_up_due_within_the_two_weeks_counts_towards_them()
    {
        static List<(DateOnly, long)> TwoVisitsFrom(DateOnly day) => [(day, 30_000), (day.AddDays(8), 30_000)];
        var beforeATopUp = Start.AddDays(20);
        var noTopUpWithin = Start.AddDays(1);

        Assert.Equal(BudgetWarning.None, BudgetFigures.WarningOn(Budget(), beforeATopUp, 20_000, TwoVisitsFrom(beforeATopUp)));
        Assert.Equal(BudgetWarning.RunsOutWithinTwoWeeks, BudgetFigures.WarningOn(Budget(), noTopUpWithin, 20_000, TwoVisitsFrom(noTopUpWithin)));
    }

    [Fact]
    public void More_than_eight_weeks_of_the_care_planned_unspent_is_warned()
    {
        var today = Start.AddDays(3);
        List<(DateOnly, long)> weekly = [.. Enumerable.Range(0, 4).Select(w => (today.AddDays(7 * w), 5_000L))];

        Assert.Equal(BudgetWarning.None, BudgetFigures.WarningOn(Budget(), today, 40_000, weekly));
        Assert.Equal(BudgetWarning.MoreThanEightWeeksUnspent, BudgetFigures.WarningOn(Budget(), today, 40_001, weekly));
        Assert.Equal(BudgetWarning.MoreThanEightWeeksUnspent, BudgetFigures.WarningOn(Budget(), today, 1, []));
    }

    [Theory]
    [InlineData(19_999, BalanceHeld.UnderFourWeeks)]
    [InlineData(20_000, BalanceHeld.FourToEightWeeks)]
    [InlineData(40_000, BalanceHeld.FourToEightWeeks)]
    [InlineData(40_001, BalanceHeld.OverEightWeeks)]
    public void The_balance_held_is_counted_in_weeks_of_the_care_booked_ahead_with_4_and_8_weeks_inside(long unspent, BalanceHeld held)
    {
        var today = Start.AddDays(3);
        // £50 a week for the next 4 weeks; a visit 5 weeks on is not in "a week of care".
        List<(DateOnly, long)> weekly = [.. Enumerable.Range(0, 4).Select(w => (today.AddDays(7 * w), 5_000L)), (today.AddDays(35), 90_000L)];

        Assert.Equal(5_000, BudgetFigures.WeekOfCarePence(today, weekly));
        Assert.Equal(held, BudgetFigures.HeldOn(today, unspent, weekly));
    }

    [Fact]
    public void With_nothing_booked_ahead_the_balance_is_not_counted_in_weeks()
    {
        Assert.Equal(BalanceHeld.NoCareBookedAhead, BudgetFigures.HeldOn(Start, 40_000, []));
    }
}
