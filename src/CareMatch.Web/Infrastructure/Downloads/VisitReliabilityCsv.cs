using System.Globalization;
using CareMatch.Commissioning.Contracts;

namespace CareMatch.Web.Infrastructure.Downloads;

/// <summary>"How reliably care is given" as a spreadsheet: the page's figures, a row per measure (see <see cref="CommissionerCsvRows"/>).</summary>
public static class VisitReliabilityCsv
{
    public static string FileName(VisitReliabilityView figures) => $"carematch-reliability-{figures.From:yyyy-MM-dd}-to-{figures.To:yyyy-MM-dd}.csv";

    public static byte[] Bytes(VisitReliabilityView figures)
    {
        var rows = new CommissionerCsvRows(figures.CouncilName, "Visits due", figures.From, figures.To, figures.Filters);
        var carers = figures.DistinctCarersPerPersonMonth;
        return CommissionerCsvRows.Bytes(
        [
            rows.Count("Visits due", figures.VisitsDue),
            rows.Count("Visits given", figures.VisitsGiven),
            rows.Share("Missed", figures.Missed),
            rows.Share("Cancelled by the carer", figures.CancelledByCarer),
            rows.Share("Cancelled late", figures.CancelledLate),
            rows.Share("Checked in on time", figures.CheckedInOnTime),
            rows.Count("People given visits", figures.People),
            rows.Share("Visits by a person's two most frequent carers", figures.GivenByTwoMostFrequentCarers),
            rows.Row("Carers per person a month", carers.Suppressed ? CommissionerCsvRows.Suppressed : carers.Value?.ToString("0.0", CultureInfo.InvariantCulture), null, null),
            rows.Share("Cover agreed within 2 hours of a carer's cancellation", figures.CoveredWithinTwoHours),
            rows.Share("Cover agreed within 4 hours of a carer's cancellation", figures.CoveredWithinFourHours),
        ]);
    }
}
