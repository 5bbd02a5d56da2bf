using CareMatch.Payments.Contracts;
using CareMatch.Payments.Earnings;
using static CareMatch.Payments.Tests.Earnings.PaidVisits;

namespace CareMatch.Payments.Tests.Earnings;

public sealed class EarningsTotalsOfTests
{
    [Fact]
    public void Each_column_is_summed_and_the_net_is_care_less_commission_and_its_VAT()
    {
        var totals = EarningsTotalsOf.Visits(
        [
            Paid("2026-05-01T10:00:00Z", carePence: 2000, commissionPence: 300, vatPence: 60, hours: 1m),
            Paid("2026-05-02T10:00:00Z", carePence: 1550, commissionPence: 233, vatPence: 47, hours: 0.75m),
            Secured(),
        ]);

        Assert.Equal(new EarningsTotals(1.75m, 3550, 533, 107, 3550 - 533 - 107), totals);
    }

    [Fact]
    public void What_was_taken_back_from_the_carer_is_totalled_beside_the_net()
    {
        var totals = EarningsTotalsOf.Visits([Paid("2026-05-01T10:00:00Z") with { TakenBackFromCarerPence = 250 }, Paid("2026-05-02T10:00:00Z")]);

        Assert.Equal(250, totals.TakenBackPence);
        Assert.Equal(2 * (2000 - 300 - 60), totals.NetPence);
    }

    [Fact]
    public void No_visits_total_nothing() =>
        Assert.Equal(new EarningsTotals(0m, 0, 0, 0, 0), EarningsTotalsOf.Visits([]));
}
