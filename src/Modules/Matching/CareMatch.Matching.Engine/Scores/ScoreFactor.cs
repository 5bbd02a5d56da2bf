namespace CareMatch.Matching.Engine.Scores;

/// <summary>The things that rank eligible carers, each scored in [0, 1] and weighted by <see cref="MatchWeights"/>.</summary>
public enum ScoreFactor
{
    Continuity = 0,
    Distance,
    Preferences,
    Rating,
    Reliability,
    Price,
    Responsiveness,
    NewCarerBoost,
}
