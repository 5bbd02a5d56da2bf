namespace CareMatch.Matching.Engine.Geography;

/// <summary>Distances on the Earth's surface, the measure every travel filter and score uses.</summary>
public static class GreatCircle
{
    public const double EarthRadiusKm = 6371.0088;

    /// <summary>Haversine distance in kilometres between two WGS84 points given in degrees.</summary>
    public static double DistanceKm(double latitude1, double longitude1, double latitude2, double longitude2)
    {
        var dLat = ToRadians(latitude2 - latitude1);
        var dLon = ToRadians(longitude2 - longitude1);
        var a = Math.Sin(dLat / 2) * Math.Sin(dLat / 2)
                + Math.Cos(ToRadians(latitude1)) * Math.Cos(ToRadians(latitude2)) * Math.Sin(dLon / 2) * Math.Sin(dLon / 2);
        return 2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(a)));
    }

    /// <summary>
    /// The squared straight-line (chord) distance, on the unit sphere, that matches a
    /// great-circle distance. Comparing squared chords needs no trigonometry per carer: the
    /// matcher compares each carer's precomputed reach with the chord to the request.
    /// </summary>
    public static double ChordSquaredForKm(double km)
    {
        var half = Math.Sin(Math.Min(km, Math.PI * EarthRadiusKm) / (2 * EarthRadiusKm));
        return 4 * half * half;
    }

    /// <summary>The great-circle distance in kilometres for a squared unit chord (the inverse of <see cref="ChordSquaredForKm"/>).</summary>
    public static double KmForChordSquared(double chordSquared) =>
        2 * EarthRadiusKm * Math.Asin(Math.Min(1, Math.Sqrt(Math.Max(0, chordSquared)) / 2));

    internal static double ToRadians(double degrees) => degrees * Math.PI / 180.0;
}
