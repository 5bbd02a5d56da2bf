using System.Globalization;

namespace CareMatch.Payments.Earnings;

/// <summary>
/// A UK tax year, 6 April to 5 April, named as HMRC names it ("2026 to 2027"). A self-employed
/// carer's Self Assessment asks for what they earned in one, so their earnings download is cut by it.
/// </summary>
internal readonly record struct UkTaxYear(int StartYear)
{
    public DateOnly FirstDay => new(StartYear, 4, 6);

    public DateOnly LastDay => new(StartYear + 1, 4, 5);

    public static UkTaxYear Containing(DateOnly date) =>
        new(date >= new DateOnly(date.Year, 4, 6) ? date.Year : date.Year - 1);

    public bool Contains(DateOnly date) => date >= FirstDay && date <= LastDay;

    /// <summary>Reads the short form used in links and file names, "2026-27".</summary>
    public static UkTaxYear? FromShortName(string? text)
    {
        if (text is not { Length: 7 } || text[4] != '-'
            || !int.TryParse(text.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var start)
            || !int.TryParse(text.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var end)
            || (start + 1) % 100 != end || start < 2000)
        {
            return null;
        }
        return new UkTaxYear(start);
    }

    public string ShortName => $"{StartYear}-{(StartYear + 1) % 100:D2}";

    public override string ToString() => $"{StartYear} to {StartYear + 1}";
}
