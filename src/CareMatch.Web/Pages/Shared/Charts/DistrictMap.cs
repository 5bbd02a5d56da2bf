using CareMatch.SharedKernel.Values;

namespace CareMatch.Web.Pages.Shared.Charts;

/// <summary>
/// A map of a council's districts drawn from their centroids alone (no tiles, nothing fetched): each
/// district a circle where its centre is, sized by the requests waiting there (by area, so twice the
/// requests is twice the ink), labelled with its code (the counts are in the table, and in each circle's title). Longitude is narrowed by the
/// cosine of the latitude, so the shape is the real one at UK latitudes.
/// </summary>
public sealed class DistrictMap
{
    public const double Width = 720;
    public const double Height = 540;
    private const double Margin = 40;
    private const double Smallest = 4;

    /// <summary>Small enough that a city's packed districts still mostly show apart.</summary>
    private const double Largest = 16;

    private DistrictMap(IReadOnlyList<Spot> spots) => Spots = spots;

    public sealed record Spot(string District, int? Waiting, double X, double Y, double Radius);

    public IReadOnlyList<Spot> Spots { get; }

    /// <summary>Districts with no known centroid are left off the map (the table beside it still has them).</summary>
    public static DistrictMap Of(IEnumerable<(string District, int? Waiting)> districts, Func<string, GeoPoint?> centroidOf)
    {
        var placed = districts.Select(d => (d.District, d.Waiting, Point: centroidOf(d.District)))
            .Where(d => d.Point is not null).Select(d => (d.District, d.Waiting, Point: d.Point!.Value)).ToList();
        if (placed.Count == 0) return new DistrictMap([]);
        var cos = Math.Cos(placed.Average(p => p.Point.Latitude) * Math.PI / 180);
        var (west, east) = (placed.Min(p => p.Point.Longitude * cos), placed.Max(p => p.Point.Longitude * cos));
        var (south, north) = (placed.Min(p => p.Point.Latitude), placed.Max(p => p.Point.Latitude));
        var span = Math.Max(Math.Max(east - west, north - south), 1e-6);
        var scale = Math.Min(Width, Height) - (2 * Margin);
        var most = Math.Max(1, placed.Max(p => p.Waiting ?? 0));
        return new DistrictMap(
        [
            .. placed.Select(p => new Spot(
                p.District,
                p.Waiting,
                (Width / 2) + (((p.Point.Longitude * cos) - ((west + east) / 2)) / span * scale),
                (Height / 2) - ((p.Point.Latitude - ((south + north) / 2)) / span * scale),
                p.Waiting is { } waiting ? Smallest + ((Largest - Smallest) * Math.Sqrt((double)waiting / most)) : Smallest)),
        ]);
    }
}
