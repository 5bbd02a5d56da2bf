using System.Globalization;
using System.Text;
using CareMatch.Commissioning.Contracts;
using CareMatch.Web.Infrastructure.Downloads;

namespace CareMatch.Web.Infrastructure.OpenData;

/// <summary>
/// Open data's CSV: the JSON's columns, a withheld figure written "suppressed" (an empty cell is a
/// figure not known yet), and the council and freshness in every row so a saved file still says
/// what it is and how old. Formula-safe (<see cref="Csv"/>).
/// </summary>
public static class OpenDataCsv
{
    public static byte[] Bytes(OpenFigures figures)
    {
        var rows = figures.Rows.Select(row =>
        {
            var cells = new Dictionary<string, string?>(StringComparer.Ordinal)
            {
                ["council"] = figures.Council,
                ["councilId"] = figures.CouncilId.ToString(),
                ["computedAt"] = figures.Freshness.ComputedAt?.ToString("O", CultureInfo.InvariantCulture),
                ["nextUpdateDue"] = figures.Freshness.NextUpdateDue.ToString("O", CultureInfo.InvariantCulture),
            };
            foreach (var field in OpenDataFields.All)
            {
                cells[field.Name] = field.Suppressed(row) ? OpenDataFields.SuppressedName : Text(field.Value(row));
            }
            return (IReadOnlyDictionary<string, string?>)cells;
        }).ToList();
        return [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(rows.Count == 0 ? Header() : Csv.Write(rows))];
    }

    /// <summary>Before the first roll-up there are no rows, but a file with its columns is still a valid, self-describing answer.</summary>
    private static string Header() =>
        string.Join(',', new[] { "council", "councilId", "computedAt", "nextUpdateDue" }.Concat(OpenDataFields.All.Select(f => f.Name))) + "\r\n";

    private static string? Text(object? value) => value switch
    {
        null => null,
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
