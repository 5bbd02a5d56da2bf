using CareMatch.SharedKernel.Values;

namespace CareMatch.SharedKernel.Geography;

/// <summary>
/// What a geocoder made of a postcode: a centroid and its precision, or a message to show.
/// The point is never finer than a sector centroid, so it is safe to show to strangers.
/// </summary>
public sealed record GeocodeResult
{
    public const string NotFoundMessage = "We don't recognise that postcode. Check it and try again";

    private GeocodeResult(GeoPoint? point, GeocodePrecision precision)
    {
        Point = point;
        Precision = precision;
    }

    public static GeocodeResult NotFound { get; } = new(null, GeocodePrecision.None);

    /// <summary>The sector or district centroid; null when the postcode was not found.</summary>
    public GeoPoint? Point { get; }

    public GeocodePrecision Precision { get; }

    public bool Found => Point.HasValue;

    /// <summary>The message to show at the postcode field when nothing was found; null otherwise.</summary>
    public string? ErrorMessage => Found ? null : NotFoundMessage;

    public static GeocodeResult AtSector(GeoPoint point) => new(point, GeocodePrecision.Sector);

    public static GeocodeResult AtDistrict(GeoPoint point) => new(point, GeocodePrecision.District);
}
