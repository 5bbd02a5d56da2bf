using System.Globalization;
using System.Text;
using CareMatch.Commissioning.Contracts;

namespace CareMatch.Web.Infrastructure.Downloads;

/// <summary>
/// The rows of a commissioner's spreadsheet: the council, period and filters in every row (so a
/// saved file still says what it counts), then a measure, its value, what it is out of and the per
/// cent. A suppressed figure says "suppressed" (a count from 1 to 4, or one that would reveal one). Formula-safe (<see cref="Csv"/>).
/// </summary>
public sealed class CommissionerCsvRows(string council, string periodColumn, DateOnly from, DateOnly to, RequestFilters filters)
{
    public const string Suppressed = "suppressed";

    public static byte[] Bytes(IReadOnlyList<IReadOnlyDictionary<string, string?>> rows) =>
        [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Csv.Write(rows))];

    public IReadOnlyDictionary<string, string?> Count(string measure, PublishedCount count) => Row(measure, Value(count), null, null);

    public IReadOnlyDictionary<string, string?> Share(string measure, PublishedShare share) => share.Suppressed
        ? Row(measure, Suppressed, Suppressed, Suppressed)
        : Row(measure, Whole(share.Count), Whole(share.OutOf), share.Fraction is { } fraction ? (fraction * 100).ToString("0.0", CultureInfo.InvariantCulture) : null);

    public IReadOnlyDictionary<string, string?> Row(string measure, string? value, string? outOf, string? percent) => new Dictionary<string, string?>(StringComparer.Ordinal)
    {
        ["Council"] = council,
        [$"{periodColumn} from"] = SpreadsheetValues.Date(from),
        [$"{periodColumn} to"] = SpreadsheetValues.Date(to),
        ["District"] = filters.District ?? "All",
        ["Kind of care"] = filters.CareType ?? "All",
        ["Age band"] = filters.AgeBand ?? "All",
        ["Funding"] = filters.Funding ?? "All",
        ["Measure"] = measure,
        ["Value"] = value,
        ["Out of"] = outOf,
        ["Per cent"] = percent,
    };

    public static string? Whole(int? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>A count as written in a spreadsheet: the number, or "suppressed".</summary>
    public static string? Value(PublishedCount count) => count.Suppressed ? Suppressed : Whole(count.Value);
}
