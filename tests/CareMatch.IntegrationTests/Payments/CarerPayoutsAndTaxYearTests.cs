using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Security;
using CareMatch.Payments.Earnings;
using CareMatch.Payments.Payouts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Values;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Payments;

/// <summary>
/// A carer's payouts page and tax-year download, driven through the pages after a real paid visit:
/// the visit is on its way under its expected bank date with its net pay, then paid once that day
/// has passed; its tax year's CSV has its row and the totals; another carer sees none of it; a
/// tax year that does not exist is 404; seekers are refused.
/// </summary>
public sealed class CarerPayoutsAndTaxYearTests(TimeControlledAppFactory factory) : IClassFixture<TimeControlledAppFactory>
{
    [Fact]
    public async Task A_paid_visit_shows_under_its_bank_date_and_in_its_tax_years_download_and_to_no_other_carer()
    {
        var paid = await factory.PaidVisitAsync("Epilepsy");
        var payment = paid.Payment;
        var sentOn = UkDate(payment.TransferredAt!.Value);
        var schedule = await factory.InScopeAsync(services => services.GetRequiredService<PaymentsDbContext>().PayoutAccounts.AsNoTracking()
            .Where(a => a.CarerUserId == payment.CarerUserId).Select(a => new { a.Interval, a.DelayDays, a.WeeklyAnchor, a.MonthlyAnchor }).SingleAsync());
        var expected = PayoutDates.ExpectedInBank(sentOn, new PayoutSchedule(schedule.Interval, schedule.DelayDays, schedule.WeeklyAnchor, schedule.MonthlyAnchor))!.Value;
        var netPence = payment.CarePence - payment.CommissionPence - payment.CommissionVatPence;
        var carer = await factory.SignedInAsync(paid.CarerEmail);

        var payouts = WebUtility.HtmlDecode(await carer.GetStringAsync("/Carer/Earnings/Payouts"));
        Assert.Contains("Test payments: no real money moves.", payouts, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"payout-schedule\">Stripe pays you every day, {schedule.DelayDays} working days after a visit is charged.", payouts, StringComparison.Ordinal);
        var row = PayoutRow(Table(payouts, "payouts-on-the-way"), expected);
        Assert.Contains($"data-testid=\"payout-date\">{TimeWords.DayAndDate(expected)}<", row, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"payout-count\">1 visit<", row, StringComparison.Ordinal);
        Assert.Contains($"<a class=\"govuk-link\" href=\"/Carer/Earnings/{paid.VisitId}\" data-testid=\"payout-visit\">{payment.Reference}<", row, StringComparison.Ordinal);
        Assert.Contains($"data-testid=\"payout-net\">{new Money(netPence)}<", row, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-payouts-paid\"", payouts, StringComparison.Ordinal);

        var year = UkTaxYear.Containing(sentOn);
        var earnings = WebUtility.HtmlDecode(await carer.GetStringAsync("/Carer/Earnings"));
        Assert.Contains("href=\"/Carer/Earnings/Payouts\"", earnings, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Carer/Earnings/TaxYear/{year.ShortName}\"", earnings, StringComparison.Ordinal);

        var download = await carer.GetAsync($"/Carer/Earnings/TaxYear/{year.ShortName}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("text/csv", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"carematch-earnings-{year.ShortName}.csv", download.Content.Headers.ContentDisposition!.FileName);
        var lines = CsvLines(await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(4, lines.Length); // header, the visit, the totals, and the empty end after the last line break
        Assert.Equal(
            $"{Iso(UkDate(payment.StartsAt))},{payment.Reference},0.75,{Pounds(payment.HourlyRatePence)},{Pounds(payment.CarePence)},{Pounds(payment.CommissionPence)},{Pounds(payment.CommissionVatPence)},{Pounds(netPence)},0.00,{Pounds(netPence)},{Iso(sentOn)},{Iso(expected)}",
            lines[1]);
        Assert.Equal($"Total,,0.75,,{Pounds(payment.CarePence)},{Pounds(payment.CommissionPence)},{Pounds(payment.CommissionVatPence)},{Pounds(netPence)},0.00,{Pounds(netPence)},,", lines[2]);

        var (otherEmail, _) = await factory.RegisterAsync(AccountRoles.Carer);
        var other = await factory.SignedInAsync(otherEmail);
        var othersPayouts = await other.GetStringAsync("/Carer/Earnings/Payouts");
        Assert.DoesNotContain(payment.Reference, othersPayouts, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-payouts-on-the-way\"", othersPayouts, StringComparison.Ordinal);
        var othersLines = CsvLines(await other.GetByteArrayAsync($"/Carer/Earnings/TaxYear/{year.ShortName}"));
        Assert.DoesNotContain(othersLines, line => line.Contains(payment.Reference, StringComparison.Ordinal));
        Assert.Equal("Total,,0,,0.00,0.00,0.00,0.00,0.00,0.00,,", othersLines[1]);

        // Once the day has passed, the money is in the bank: paid, no longer on its way.
        factory.Time.Advance(UkCalendar.ToInstant(expected.AddDays(1), new TimeOnly(12, 0)) - factory.Time.GetUtcNow());
        carer = await factory.SignedInAsync(paid.CarerEmail);
        var later = WebUtility.HtmlDecode(await carer.GetStringAsync("/Carer/Earnings/Payouts"));
        Assert.Contains(payment.Reference, PayoutRow(Table(later, "payouts-paid"), expected), StringComparison.Ordinal);
        Assert.Contains("data-testid=\"no-payouts-on-the-way\"", later, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tax_year_that_does_not_exist_is_not_found_and_seekers_are_refused()
    {
        var (carerEmail, _) = await factory.RegisterAsync(AccountRoles.Carer);
        var carer = await factory.SignedInAsync(carerEmail);
        foreach (var bad in new[] { "2026-28", "abc", "2026-2027" })
            Assert.Equal(HttpStatusCode.NotFound, (await carer.GetAsync($"/Carer/Earnings/TaxYear/{bad}")).StatusCode);

        var (seekerEmail, _) = await factory.RegisterAsync(AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(seekerEmail);
        foreach (var page in new[] { "/Carer/Earnings/Payouts", "/Carer/Earnings/TaxYear/2026-27" })
            Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync(page)).StatusCode);
    }

    private static string Table(string html, string testId)
    {
        var match = Regex.Match(html, $"<table class=\"govuk-table\" data-testid=\"{testId}\">(.*?)</table>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No table {testId} on the page");
        return match.Groups[1].Value;
    }

    private static string PayoutRow(string table, DateOnly expected)
    {
        var match = Regex.Match(table, $"data-testid=\"payout\" data-expected=\"{Iso(expected)}\">(.*?)</tr>", RegexOptions.Singleline);
        Assert.True(match.Success, $"No payout for {Iso(expected)} in:\n{table}");
        return match.Groups[1].Value;
    }

    /// <summary>The file without its byte order mark, split at its CRLF line ends.</summary>
    private static string[] CsvLines(byte[] file)
    {
        Assert.Equal([0xEF, 0xBB, 0xBF], file[..3]);
        return Encoding.UTF8.GetString(file[3..]).Split("\r\n");
    }

    private static DateOnly UkDate(DateTimeOffset instant) => DateOnly.FromDateTime(UkCalendar.ToUkTime(instant).DateTime);

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Pounds(long pence) => (pence / 100m).ToString("0.00", CultureInfo.InvariantCulture);
}
