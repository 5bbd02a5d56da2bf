namespace CareMatch.Matching.Contracts;

/// <summary>How much each factor counts; only the proportions matter.</summary>
public sealed record MatchWeightValues(
    double Continuity,
    double Distance,
    double Preferences,
    double Rating,
    double Reliability,
    double Price,
    double Responsiveness,
    double NewCarerBoost);
