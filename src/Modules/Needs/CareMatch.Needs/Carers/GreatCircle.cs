using CareMatch.SharedKernel.Values;

namespace CareMatch.Needs.Carers;

/// <summary>Distance over the Earth's surface (haversine): ample for "about 3 km away" between sector centroids.</summary>
internal static class GreatCircle
{
    private const double EarthRadiusKm = 6371.0;

    public static double Kilometres(GeoPoint a, GeoPoint b)
    {
        var dLat = Radians(b.Latitude - a.Latitude);
        var dLon = Radians(b.Longitude - a.Longitude);
        var h = Math.Pow(Math.Sin(dLat / 2), 2)
            + Math.Cos(Radians(a.Latitude)) * Math.Cos(Radians(b.Latitude)) * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(h)));
    }

    private static double Radians(double degrees) => degrees * Math.PI / 180;
}
