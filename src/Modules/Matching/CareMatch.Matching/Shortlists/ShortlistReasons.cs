using CareMatch.Matching.Contracts;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Scores;

namespace CareMatch.Matching.Shortlists;

/// <summary>The engine's factors as the seeker reads them in "why this carer", biggest share first.</summary>
internal static class ShortlistReasons
{
    public static IReadOnlyList<ShortlistReason> Of(IReadOnlyList<FactorContribution> factors) =>
        factors
            .OrderByDescending(f => f.Contribution)
            .ThenBy(f => f.Factor)
            .Select(f => new ShortlistReason(NameOf(f.Factor), f.Explanation, Math.Round(f.Contribution, 3)))
            .ToList();

    private static string NameOf(ScoreFactor factor) => factor switch
    {
        ScoreFactor.Continuity => "Has cared for them before",
        ScoreFactor.Distance => "Distance",
        ScoreFactor.Preferences => "Preferred skills and languages",
        ScoreFactor.Rating => "Reviews",
        ScoreFactor.Reliability => "Reliability",
        ScoreFactor.Price => "Price",
        ScoreFactor.Responsiveness => "Answers invitations",
        ScoreFactor.NewCarerBoost => "New carer",
        _ => factor.ToString(),
    };
}
