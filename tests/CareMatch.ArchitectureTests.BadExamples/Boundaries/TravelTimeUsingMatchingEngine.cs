using CareMatch.Matching.Engine.Geography;

namespace CareMatch.ArchitectureTests.BadExamples.Boundaries;

/// <summary>
/// Bad: uses Matching's engine, which is part of Matching's implementation. Another module,
/// or the web host, must ask Matching through its contracts instead.
/// </summary>
internal static class TravelTimeUsingMatchingEngine
{
    public static async Task<double> MinutesAsync(double fromLat, double fromLon, double toLat, double toLon)
    {
        // Inside an async method on purpose: the use then sits in a compiler-generated state machine.
        await Task.Yield();
        return GreatCircle.DistanceKm(fromLat, fromLon, toLat, toLon) * 2;
    }
}
