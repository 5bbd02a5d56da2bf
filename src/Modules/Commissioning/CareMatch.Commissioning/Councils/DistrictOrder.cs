namespace CareMatch.Commissioning.Councils;

/// <summary>Districts in the order people read them: by area, then by number (LS2 before LS10), then anything after the number (EC1A after EC1).</summary>
internal sealed class DistrictOrder : IComparer<string>
{
    public static DistrictOrder Natural { get; } = new();

    public int Compare(string? x, string? y)
    {
        var (a, b) = (Parts(x ?? ""), Parts(y ?? ""));
        var byArea = string.CompareOrdinal(a.Area, b.Area);
        if (byArea != 0) return byArea;
        var byNumber = a.Number.CompareTo(b.Number);
        return byNumber != 0 ? byNumber : string.CompareOrdinal(a.Suffix, b.Suffix);
    }

    private static (string Area, int Number, string Suffix) Parts(string district)
    {
        var letters = district.TakeWhile(char.IsLetter).Count();
        var digits = district.Skip(letters).TakeWhile(char.IsDigit).Count();
        var number = digits == 0 ? -1 : int.Parse(district.AsSpan(letters, digits), System.Globalization.CultureInfo.InvariantCulture);
        return (district[..letters], number, district[(letters + digits)..]);
    }
}
