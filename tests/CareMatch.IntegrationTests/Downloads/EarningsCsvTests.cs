using CareMatch.Payments.Contracts;
using CareMatch.Web.Infrastructure.Downloads;

namespace CareMatch.IntegrationTests.Downloads;

/// <summary>The tax-year download: UK dates, pounds with two decimals, a totals line, formula-safe cells.</summary>
public sealed class EarningsCsvTests
{
    private const string Header = "Date of visit,Reference,Hours,Hourly rate (£),Care (£),Commission (£),VAT on commission (£),Net paid (£),Taken back (£),Net kept (£),Date paid,Expected in bank";

    [Fact]
    public void A_row_per_visit_in_UK_dates_and_pounds_then_the_totals()
    {
        // 23:30 UTC on 5 April 2026 is already 6 April in the UK (British Summer Time).
        var visit = Visit("CM-AB12CD34", startsAt: "2026-04-05T23:30:00Z", paidAt: "2026-04-07T09:00:00Z", inBank: new DateOnly(2026, 4, 10),
            new VisitCharge(ChargeKind.CareGiven, 2050, 0.75m, 1538, 0, 0, 231, 46));
        var earnings = new TaxYearEarnings("2026-27", "2026 to 2027", [visit], new EarningsTotals(0.75m, 1538, 231, 46, 1261));

        var lines = EarningsCsv.Text(earnings).Split("\r\n");

        Assert.Equal(Header, lines[0]);
        Assert.Equal("2026-04-06,CM-AB12CD34,0.75,20.50,15.38,2.31,0.46,12.61,0.00,12.61,2026-04-07,2026-04-10", lines[1]);
        Assert.Equal("Total,,0.75,,15.38,2.31,0.46,12.61,0.00,12.61,,", lines[2]);
        Assert.Equal("carematch-earnings-2026-27.csv", EarningsCsv.FileName(earnings));
    }

    [Fact]
    public void A_year_with_no_visits_still_has_the_header_and_a_zero_total()
    {
        var text = EarningsCsv.Text(new TaxYearEarnings("2026-27", "2026 to 2027", [], new EarningsTotals(0m, 0, 0, 0, 0)));

        Assert.Equal($"{Header}\r\nTotal,,0,,0.00,0.00,0.00,0.00,0.00,0.00,,\r\n", text);
    }

    [Fact]
    public void Pay_taken_back_after_a_complaint_is_shown_and_comes_off_what_the_carer_kept()
    {
        var visit = Visit("CM-TAKEN001", "2026-05-01T09:00:00Z", "2026-05-02T09:00:00Z", null,
            new VisitCharge(ChargeKind.CareGiven, 2000, 1m, 2000, 0, 0, 300, 60)) with { TakenBackFromCarerPence = 400 };

        var lines = EarningsCsv.Text(new TaxYearEarnings("2026-27", "2026 to 2027", [visit], new EarningsTotals(1m, 2000, 300, 60, 1640, 400))).Split("\r\n");

        Assert.Contains(",16.40,4.00,12.40,", lines[1], StringComparison.Ordinal);
        Assert.Equal("Total,,1,,20.00,3.00,0.60,16.40,4.00,12.40,,", lines[2]);
    }

    [Fact]
    public void A_value_that_looks_like_a_formula_is_written_as_text()
    {
        var visit = Visit("=HYPERLINK(\"http://evil\")", "2026-05-01T09:00:00Z", "2026-05-02T09:00:00Z", null,
            new VisitCharge(ChargeKind.CareGiven, 2000, 1m, 2000, 0, 0, 300, 60));

        var text = EarningsCsv.Text(new TaxYearEarnings("2026-27", "2026 to 2027", [visit], new EarningsTotals(1m, 2000, 300, 60, 1640)));

        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil\"\")\",", text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_file_starts_with_a_byte_order_mark_so_spreadsheets_read_it_as_UTF8()
    {
        var bytes = EarningsCsv.Bytes(new TaxYearEarnings("2026-27", "2026 to 2027", [], new EarningsTotals(0m, 0, 0, 0, 0)));

        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
    }

    private static VisitPaymentView Visit(string reference, string startsAt, string paidAt, DateOnly? inBank, VisitCharge charge)
    {
        var starts = DateTimeOffset.Parse(startsAt, System.Globalization.CultureInfo.InvariantCulture);
        var paid = DateTimeOffset.Parse(paidAt, System.Globalization.CultureInfo.InvariantCulture);
        return new VisitPaymentView(Guid.NewGuid(), reference, starts, starts.AddHours(1), VisitPaymentStatus.Paid, null, null, charge.CarePence,
            charge, paid, paid, inBank, TestPayments: true);
    }
}
