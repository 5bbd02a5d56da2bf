using System.Text;
using System.Text.RegularExpressions;

namespace CareMatch.Web.Infrastructure.Downloads;

/// <summary>
/// RFC 4180 CSV, safe to open in a spreadsheet: a cell that starts with = + - @, a tab or a
/// carriage return is prefixed with a single quote so it is never run as a formula (OWASP's
/// advice on CSV injection), then quoted when it holds a comma, quote or line break. A negative
/// amount such as -5.00 is only a number, never a formula, so it is left to read as one.
/// </summary>
public static partial class Csv
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Write(IReadOnlyList<IReadOnlyDictionary<string, string?>> rows)
    {
        var columns = rows.SelectMany(r => r.Keys).Distinct(StringComparer.Ordinal).ToList();
        var text = new StringBuilder();
        text.AppendJoin(',', columns.Select(Cell)).Append("\r\n");
        foreach (var row in rows)
        {
            text.AppendJoin(',', columns.Select(c => Cell(row.TryGetValue(c, out var value) ? value : null))).Append("\r\n");
        }
        return text.ToString();
    }

    public static string Cell(string? value)
    {
        if (string.IsNullOrEmpty(value)) return "";
        if (Array.IndexOf(FormulaStarts, value[0]) >= 0 && !NegativeAmount().IsMatch(value)) value = "'" + value;
        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }

    [GeneratedRegex(@"^-[0-9]+(\.[0-9]+)?$")]
    private static partial Regex NegativeAmount();
}
