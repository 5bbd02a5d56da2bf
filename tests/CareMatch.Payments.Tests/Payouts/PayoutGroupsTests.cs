using CareMatch.Payments.Payouts;
using static CareMatch.Payments.Tests.Earnings.PaidVisits;

namespace CareMatch.Payments.Tests.Payouts;

public sealed class PayoutGroupsTests
{
    private static readonly DateOnly Today = new(2026, 12, 3);

    [Fact]
    public void Visits_are_grouped_by_the_day_they_reach_the_bank_split_at_today()
    {
        var yesterday = Paid("2026-11-30T10:00:00Z", carePence: 2000, commissionPence: 300, vatPence: 60, inBank: "2026-12-02");
        var today1 = Paid("2026-12-01T10:00:00Z", carePence: 2000, commissionPence: 300, vatPence: 60, inBank: "2026-12-03");
        var today2 = Paid("2026-12-01T12:00:00Z", carePence: 4000, commissionPence: 600, vatPence: 120, inBank: "2026-12-03");
        var later = Paid("2026-12-02T10:00:00Z", inBank: "2026-12-04");
        var lastWeek = Paid("2026-11-23T10:00:00Z", inBank: "2026-11-25");

        var (onItsWay, paid) = PayoutGroups.Of([later, today2, lastWeek, Secured(), yesterday, today1], Today);

        Assert.Equal([new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 4)], onItsWay.Select(d => d.ExpectedInBank!.Value));
        Assert.Equal([today1.VisitId, today2.VisitId], onItsWay[0].Visits.Select(v => v.VisitId));
        Assert.Equal(1640 + 3280, onItsWay[0].NetPence);
        Assert.Equal([new DateOnly(2026, 12, 2), new DateOnly(2026, 11, 25)], paid.Select(d => d.ExpectedInBank!.Value));
        Assert.Equal(1640, paid[0].NetPence);
    }

    [Fact]
    public void Pay_waiting_for_a_manual_payout_has_no_date_and_stays_on_its_way_after_the_dated_days()
    {
        var manual = Paid("2026-11-01T10:00:00Z");
        var dated = Paid("2026-12-02T10:00:00Z", inBank: "2026-12-04");

        var (onItsWay, paid) = PayoutGroups.Of([manual, dated], Today);

        Assert.Equal([new DateOnly(2026, 12, 4), (DateOnly?)null], onItsWay.Select(d => d.ExpectedInBank));
        Assert.Empty(paid);
    }
}
