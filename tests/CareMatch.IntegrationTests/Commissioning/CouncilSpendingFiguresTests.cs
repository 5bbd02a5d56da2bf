using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Metrics;
using CareMatch.Payments.Contracts;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// "Spend on personal budgets" from known budgets: which are counted, the exact sums, the balance
/// bands, and the small-number rule on them (a band of 1 to 4 hidden with whatever would give it away).
/// </summary>
public sealed class CouncilSpendingFiguresTests
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Fact]
    public void Agreed_budgets_are_summed_and_offers_and_refusals_hold_no_money()
    {
        List<BudgetView> budgets =
        [
            .. Enumerable.Range(0, 3).Select(_ => Budget(BudgetStatus.Active, allocated: 48_000, spent: 12_000, committed: 6_000, BalanceHeld.FourToEightWeeks)),
            .. Enumerable.Range(0, 3).Select(_ => Budget(BudgetStatus.Active, allocated: 48_000, spent: 0, committed: 0, BalanceHeld.NoCareBookedAhead)),
            Budget(BudgetStatus.Ended, allocated: 96_000, spent: 90_000, committed: 0, held: null),
            Budget(BudgetStatus.Offered, allocated: 0, spent: 0, committed: 0, held: null),
            Budget(BudgetStatus.Declined, allocated: 0, spent: 0, committed: 0, held: null),
        ];

        var figures = CouncilSpendingOf.Of("Hexham", Today, budgets);

        Assert.Equal(7, figures.Agreed.Value);
        Assert.Equal(new SpendTotals(6 * 48_000 + 96_000, 3 * 12_000 + 90_000, 3 * 6_000, 6 * 48_000 + 96_000 - (3 * 12_000 + 90_000) - 3 * 6_000), figures.Totals);
        Assert.Equal(126_000.0 / 384_000, figures.Totals!.SpentShare);
        // Directing their own care: the 3 drawing on theirs, the ended one that did: 4 of 7, and its rest 3; both small.
        Assert.True(figures.DirectingOwnCare.Suppressed);
        // The bands 3, 0, 0, 3 and 1 ended add up to the 7 agreed: every non-zero one is from 1 to 4.
        Assert.All(new[] { figures.HeldFourToEightWeeks, figures.NoCareBookedAhead, figures.Ended }, c => Assert.True(c.Suppressed));
        Assert.Equal(0, figures.HeldUnderFourWeeks.Value);
        Assert.Equal(0, figures.HeldOverEightWeeks.Value);
    }

    [Fact]
    public void Each_band_is_shown_when_none_and_no_difference_of_them_is_from_1_to_4()
    {
        List<BudgetView> budgets =
        [
            .. Enumerable.Range(0, 6).Select(_ => Budget(BudgetStatus.Active, 48_000, 10_000, 8_000, BalanceHeld.UnderFourWeeks)),
            .. Enumerable.Range(0, 9).Select(_ => Budget(BudgetStatus.Active, 48_000, 10_000, 8_000, BalanceHeld.FourToEightWeeks)),
            .. Enumerable.Range(0, 5).Select(_ => Budget(BudgetStatus.Active, 48_000, 0, 4_000, BalanceHeld.OverEightWeeks)),
            .. Enumerable.Range(0, 2).Select(_ => Budget(BudgetStatus.Active, 48_000, 0, 0, BalanceHeld.NoCareBookedAhead)),
            .. Enumerable.Range(0, 5).Select(_ => Budget(BudgetStatus.Ended, 96_000, 0, 0, held: null)),
        ];

        var figures = CouncilSpendingOf.Of("Hexham", Today, budgets);

        Assert.Equal(27, figures.Agreed.Value);
        Assert.Equal(new PublishedShare(20, 27), figures.DirectingOwnCare);
        Assert.Equal(6, figures.HeldUnderFourWeeks.Value);
        Assert.Equal(9, figures.HeldFourToEightWeeks.Value);
        Assert.Equal(5, figures.Ended.Value);
        // 2 with nothing booked ahead is hidden, and so is the smallest other band, 5 over 8 weeks, else 27 less the rest gives the 2.
        Assert.True(figures.NoCareBookedAhead.Suppressed);
        Assert.True(figures.HeldOverEightWeeks.Suppressed);
    }

    [Fact]
    public void With_fewer_than_5_agreed_neither_the_count_nor_any_amount_is_shown()
    {
        var figures = CouncilSpendingOf.Of("Hexham", Today, [.. Enumerable.Range(0, 4).Select(_ => Budget(BudgetStatus.Active, 48_000, 0, 0, BalanceHeld.NoCareBookedAhead))]);

        Assert.True(figures.Agreed.Suppressed);
        Assert.Null(figures.Totals);
        Assert.True(figures.NoCareBookedAhead.Suppressed);
    }

    [Fact]
    public void A_council_with_no_budgets_shows_noughts_not_blanks()
    {
        var figures = CouncilSpendingOf.Of("Hexham", Today, []);

        Assert.Equal(0, figures.Agreed.Value);
        Assert.Equal(new SpendTotals(0, 0, 0, 0), figures.Totals);
        Assert.Null(figures.Totals!.SpentShare);
        Assert.Equal(new PublishedShare(0, 0), figures.DirectingOwnCare);
    }

    private static BudgetView Budget(BudgetStatus status, long allocated, long spent, long committed, BalanceHeld? held) => new(
        Guid.NewGuid(), "PB-1", "CASE-1", "Hexham", 48_000, Today.AddDays(-56), Today.AddDays(300), status,
        allocated, committed, spent, allocated - spent - committed, BudgetWarning.None, WeekOfCarePence: 5_000, held, TestPayments: false);
}
