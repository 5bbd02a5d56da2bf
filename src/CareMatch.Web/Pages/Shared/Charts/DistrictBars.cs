namespace CareMatch.Web.Pages.Shared.Charts;

/// <summary>A bar per district, longest for the most requests waiting, each labelled with its count (or "Not shown") at its end, so the bar never has to be read against an axis.</summary>
public sealed class DistrictBars
{
    public const double Width = 560;
    public const double RowHeight = 32;
    public const double Left = 60;
    private const double Right = 110;

    private DistrictBars(IReadOnlyList<Bar> bars) => Bars = bars;

    public sealed record Bar(string District, int? Waiting, double Y, double Length);

    public IReadOnlyList<Bar> Bars { get; }

    public double Height => (Bars.Count * RowHeight) + 8;

    public static DistrictBars Of(IEnumerable<(string District, int? Waiting)> districts)
    {
        var rows = districts.ToList();
        var scale = ChartScale.For(rows.Select(r => r.Waiting));
        return new DistrictBars([.. rows.Select((r, i) => new Bar(r.District, r.Waiting, 4 + (i * RowHeight), scale.Along(r.Waiting ?? 0, Width - Left - Right)))]);
    }
}
