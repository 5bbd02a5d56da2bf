namespace CareMatch.ArchitectureTests.BadExamples.Geography;

/// <summary>Bad: a module's own great-circle, with its own idea of the Earth's radius, instead of GeoPoint.KilometresTo.</summary>
internal static class HomeMadeHaversine
{
    public static double Kilometres(double dLat, double dLon) =>
        2 * 6371.0 * Math.Asin(Math.Sqrt((Math.Sin(dLat / 2) * Math.Sin(dLat / 2)) + (Math.Sin(dLon / 2) * Math.Sin(dLon / 2))));
}
