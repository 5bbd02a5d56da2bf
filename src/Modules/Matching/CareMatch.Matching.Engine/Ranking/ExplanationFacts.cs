using CareMatch.Matching.Engine.Scores;

namespace CareMatch.Matching.Engine.Ranking;

/// <summary>
/// The numbers one factor's explanation is written from, copied out of the carer's row when
/// the score is broken down. Keeping numbers rather than words means a shortlist's hundred
/// and sixty explanations are only formatted if someone reads them, and copying (not pointing
/// at the index) means the words are the same whenever they are read, even after the index changes.
/// </summary>
/// <param name="first">The factor's first count: visits, covered preferences, rating sum, completed visits, rate or reply minutes.</param>
/// <param name="second">The factor's second count: preferences asked for, ratings, or cancellations.</param>
/// <param name="km">The distance, for the distance factor.</param>
internal readonly struct ExplanationFacts(int first, int second = 0, double km = 0)
{
    public string Explain(ScoreFactor factor) => factor switch
    {
        ScoreFactor.Continuity => ContinuityScore.Explain(first),
        ScoreFactor.Distance => DistanceScore.Explain(km),
        ScoreFactor.Preferences => PreferencesScore.Explain(first, second),
        ScoreFactor.Rating => RatingScore.Explain(first, second),
        ScoreFactor.Reliability => ReliabilityScore.Explain(first, second),
        ScoreFactor.Price => PriceScore.Explain(first),
        ScoreFactor.Responsiveness => ResponsivenessScore.Explain((ushort)first),
        _ => NewCarerBoost.Explain(first),
    };
}
