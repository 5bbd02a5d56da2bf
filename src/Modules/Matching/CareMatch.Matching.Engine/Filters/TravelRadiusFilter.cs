using System.Globalization;
using CareMatch.Matching.Engine.Geography;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// The request must lie inside the carer's own travel radius: carers choose how far they go,
/// so a carer 8 km away who travels 5 km is not offered the job.
/// </summary>
/// <remarks>
/// "Too far" counts only near misses, carers whose radius falls short by at most
/// <see cref="NearMissKm"/>: everyone else is simply not in the neighbourhood, and counting
/// the whole country as "too far" tells a seeker nothing.
/// </remarks>
internal static class TravelRadiusFilter
{
    public const int NearMissKm = 5;

    public static bool Passes(float chordSquared, float reachChordSquared) => chordSquared <= reachChordSquared;

    /// <summary>The squared unit chord a carer with this radius reaches, in the single precision the index compares in.</summary>
    public static float ReachChordSquared(int radiusKm) => (float)GreatCircle.ChordSquaredForKm(radiusKm);

    public static float NearMissChordSquared(int radiusKm) => (float)GreatCircle.ChordSquaredForKm(radiusKm + NearMissKm);

    public static string Explain(double distanceKm, int radiusKm) => string.Create(CultureInfo.InvariantCulture, $"Lives {distanceKm:0.0} km away and travels up to {radiusKm} km");

    public static string Summarise(int count) => $"{count} too far";
}
