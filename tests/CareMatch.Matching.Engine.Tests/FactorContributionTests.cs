using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Scores;

namespace CareMatch.Matching.Engine.Tests;

/// <summary>
/// The engine writes explanations only when read; a contribution must still behave exactly
/// like one built with its words, in equality, hashing, printing and <c>with</c>.
/// </summary>
public sealed class FactorContributionTests
{
    [Fact]
    public void Words_written_on_first_read_are_the_same_as_given_words()
    {
        var lazy = new FactorContribution(ScoreFactor.Distance, 0.5, 2, 0.1, new ExplanationFacts(0, km: 4.25));
        var eager = new FactorContribution(ScoreFactor.Distance, 0.5, 2, 0.1, "4.3 km away");

        Assert.Equal(eager, lazy);
        Assert.Equal(eager.GetHashCode(), lazy.GetHashCode());
        Assert.Equal("4.3 km away", lazy.Explanation);
        Assert.Equal(eager.ToString(), lazy.ToString());
    }

    [Fact]
    public void With_keeps_or_replaces_the_words()
    {
        var lazy = new FactorContribution(ScoreFactor.Rating, 0.8, 1.5, 0.1, new ExplanationFacts(9, 2));

        Assert.Equal("Rated 4.5 from 2 reviews", (lazy with { Value = 0.9 }).Explanation);
        Assert.Equal("Replaced", (lazy with { Explanation = "Replaced" }).Explanation);
        Assert.NotEqual(lazy, lazy with { Explanation = "Replaced" });
    }
}
