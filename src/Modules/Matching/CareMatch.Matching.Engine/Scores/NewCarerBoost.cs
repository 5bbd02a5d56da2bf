namespace CareMatch.Matching.Engine.Scores;

/// <summary>
/// A fading lift for carers with few completed visits, so newcomers get seen and can earn the
/// ratings and record the other factors reward. Full at zero visits, gone at
/// <see cref="VisitsUntilGone"/>; its weight is capped by <see cref="MatchWeights"/> so it can
/// nudge but never outrank a clearly better carer.
/// </summary>
internal static class NewCarerBoost
{
    public const int VisitsUntilGone = 10;

    public static double Value(int completedVisits) => completedVisits >= VisitsUntilGone ? 0 : 1 - ((double)Math.Max(0, completedVisits) / VisitsUntilGone);

    public static string Explain(int completedVisits) => completedVisits >= VisitsUntilGone ? "Established carer" : "New to CareMatch";
}
