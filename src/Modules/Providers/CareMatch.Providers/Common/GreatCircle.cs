namespace CareMatch.Providers.Common;

/// <summary>Straight-line distance over the Earth's surface (haversine), good to well under 1% at these ranges.</summary>
internal static class GreatCircle
{
    private const double EarthRadiusKm = 6371.0088;

    public static double DistanceKm(double fromLatitude, double fromLongitude, double toLatitude, double toLongitude)
    {
        var dLat = Radians(toLatitude - fromLatitude);
        var dLon = Radians(toLongitude - fromLongitude);
        var a = Math.Pow(Math.Sin(dLat / 2), 2)
            + (Math.Cos(Radians(fromLatitude)) * Math.Cos(Radians(toLatitude)) * Math.Pow(Math.Sin(dLon / 2), 2));
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
