using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Scores;

namespace CareMatch.Matching.Engine.Tests;

public sealed class MatchWeightsTests
{
    public static TheoryData<string, MatchWeights, string?> Cases => new()
    {
        { "defaults", MatchWeights.Default, null },
        { "only distance", new MatchWeights { Continuity = 0, Distance = 1, Preferences = 0, Rating = 0, Reliability = 0, Price = 0, Responsiveness = 0, NewCarerBoost = 0 }, null },
        { "negative", MatchWeights.Default with { Price = -1 }, "Price weight cannot be negative." },
        { "not a number", MatchWeights.Default with { Rating = double.NaN }, "Rating weight must be a number." },
        { "infinite", MatchWeights.Default with { Distance = double.PositiveInfinity }, "Distance weight must be a number." },
        { "all zero", new MatchWeights { Continuity = 0, Distance = 0, Preferences = 0, Rating = 0, Reliability = 0, Price = 0, Responsiveness = 0, NewCarerBoost = 0 }, "At least one weight must be above zero." },
        { "boost too strong", MatchWeights.Default with { NewCarerBoost = 5 }, "The new-carer boost can be at most 15% of the total weight." },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Weights_are_validated(string name, MatchWeights weights, string? problem)
    {
        var problems = weights.Problems();

        if (problem is null)
        {
            Assert.True(weights.IsValid, name);
            _ = new CarerMatcher(weights);
        }
        else
        {
            Assert.Equal(problem, Assert.Single(problems));
            Assert.Throws<ArgumentException>(() => new CarerMatcher(weights));
        }
    }
}
