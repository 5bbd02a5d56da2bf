namespace CareMatch.Matching.Engine.Scores;

/// <summary>
/// A carer who already knows the person cared for is worth most: familiar faces matter in
/// home care, above all with dementia. Any past visit scores well; more visits score more.
/// </summary>
internal static class ContinuityScore
{
    private const double FirstVisit = 0.6;
    private const int VisitsForFullScore = 10;

    public static double Value(int visitsWithRecipient) => visitsWithRecipient <= 0
        ? 0
        : Math.Min(1, FirstVisit + ((1 - FirstVisit) * (visitsWithRecipient - 1) / (VisitsForFullScore - 1)));

    public static string Explain(int visitsWithRecipient) => visitsWithRecipient <= 0
        ? "Has not cared for this person before"
        : $"Has cared for this person before ({visitsWithRecipient} {(visitsWithRecipient == 1 ? "visit" : "visits")})";
}
