namespace CareMatch.SharedKernel.Values;

/// <summary>A WGS84 position. Public pages only ever show a postcode-sector centroid, never an address.</summary>
public readonly record struct GeoPoint
{
    public GeoPoint(double latitude, double longitude)
    {
        if (latitude is < -90 or > 90) throw new ArgumentOutOfRangeException(nameof(latitude));
        if (longitude is < -180 or > 180) throw new ArgumentOutOfRangeException(nameof(longitude));
        Latitude = latitude;
        Longitude = longitude;
    }

    public double Latitude { get; }

    public double Longitude { get; }

    /// <summary>The mean Earth radius (IUGG). The matching engine keeps its own copy of the same figure, held equal by a test.</summary>
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>
    /// Distance over the Earth's surface (haversine), in kilometres: good to well under 1% at the
    /// ranges carers travel. The one great-circle outside the matching engine, which references
    /// only the BCL and so keeps its own.
    /// </summary>
    public double KilometresTo(GeoPoint other)
    {
        var dLat = Radians(other.Latitude - Latitude);
        var dLon = Radians(other.Longitude - Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(Radians(Latitude)) * Math.Cos(Radians(other.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
