using CareMatch.Payments.Earnings;
using static CareMatch.Payments.Tests.Earnings.PaidVisits;

namespace CareMatch.Payments.Tests.Earnings;

public sealed class TaxYearCutTests
{
    [Theory]
    [InlineData("2026-04-05T22:59:00Z", 2025)] // 23:59 on 5 April, British Summer Time
    [InlineData("2026-04-05T23:00:00Z", 2026)] // midnight starting 6 April in the UK, still 5 April in UTC
    [InlineData("2027-04-05T22:59:59Z", 2026)]
    [InlineData("2027-04-05T23:00:00Z", 2027)]
    [InlineData("2027-01-15T12:00:00Z", 2026)]
    public void Pay_belongs_to_the_tax_year_of_the_UK_date_it_was_sent(string sentAt, int startYear) =>
        Assert.Equal(new UkTaxYear(startYear), TaxYearCut.YearPaid(Paid(sentAt)));

    [Fact]
    public void A_year_holds_only_the_visits_paid_in_it_in_the_order_they_were_paid()
    {
        var lastOfOld = Paid("2026-04-05T21:00:00Z");
        var firstOfNew = Paid("2026-04-05T23:30:00Z");
        var later = Paid("2026-09-01T10:00:00Z");
        var lastOfNew = Paid("2027-04-05T22:00:00Z");
        var nextYear = Paid("2027-04-06T09:00:00Z");

        var paid = TaxYearCut.PaidIn(new UkTaxYear(2026), [nextYear, later, Secured(), lastOfNew, firstOfNew, lastOfOld]);

        Assert.Equal([firstOfNew, later, lastOfNew], paid);
    }

    [Fact]
    public void The_years_listed_are_those_with_pay_and_the_current_one_newest_first_with_their_totals()
    {
        var payments = new[]
        {
            Paid("2024-06-01T10:00:00Z", carePence: 1000, commissionPence: 100, vatPence: 20),
            Paid("2026-05-01T10:00:00Z", carePence: 2000, commissionPence: 300, vatPence: 60),
            Paid("2026-12-01T10:00:00Z", carePence: 4000, commissionPence: 600, vatPence: 120),
            Secured(),
        };

        var years = TaxYearCut.Summaries(payments, today: new DateOnly(2027, 4, 6));

        Assert.Equal(["2027-28", "2026-27", "2024-25"], years.Select(y => y.ShortName));
        Assert.Equal(("2027 to 2028", 0, 0L), (years[0].Name, years[0].VisitsPaid, years[0].NetPence));
        Assert.Equal((2, 1640L + 3280L), (years[1].VisitsPaid, years[1].NetPence));
        Assert.Equal((1, 880L), (years[2].VisitsPaid, years[2].NetPence));
    }

    [Fact]
    public void A_carer_with_no_pay_sees_the_current_year_alone()
    {
        var years = TaxYearCut.Summaries([Secured()], today: new DateOnly(2026, 4, 5));

        Assert.Equal("2025-26", Assert.Single(years).ShortName);
    }
}
