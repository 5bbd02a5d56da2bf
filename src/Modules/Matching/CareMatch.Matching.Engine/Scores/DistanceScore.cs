using System.Globalization;

namespace CareMatch.Matching.Engine.Scores;

/// <summary>
/// Closer is better, smoothly: the score halves every <see cref="HalvingKm"/>, so a carer
/// round the corner beats one across town, but a few hundred metres barely matter.
/// </summary>
internal static class DistanceScore
{
    public const double HalvingKm = 8;

    public static double Value(double distanceKm) => Math.Exp(-Math.Max(0, distanceKm) * Math.Log(2) / HalvingKm);

    public static string Explain(double distanceKm) => string.Create(CultureInfo.InvariantCulture, $"{distanceKm:0.0} km away");
}
