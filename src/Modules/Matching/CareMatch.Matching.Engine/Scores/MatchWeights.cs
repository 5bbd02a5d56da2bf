namespace CareMatch.Matching.Engine.Scores;

/// <summary>
/// How much each factor counts. A value, not configuration: the Matching module reads the
/// defaults or a council's override and passes it in. Scores are divided by the total, so
/// only the proportions matter. Continuity is the strongest by default, on purpose.
/// </summary>
public sealed record MatchWeights
{
    /// <summary>The new-carer boost may be at most this share of the total weight, so it nudges rather than decides.</summary>
    public const double MaxNewCarerBoostShare = 0.15;

    public static MatchWeights Default { get; } = new();

    public double Continuity { get; init; } = 3.0;

    public double Distance { get; init; } = 2.0;

    public double Preferences { get; init; } = 1.5;

    public double Rating { get; init; } = 1.5;

    public double Reliability { get; init; } = 1.0;

    public double Price { get; init; } = 1.0;

    public double Responsiveness { get; init; } = 0.5;

    public double NewCarerBoost { get; init; } = 0.5;

    public double Total => Continuity + Distance + Preferences + Rating + Reliability + Price + Responsiveness + NewCarerBoost;

    public double For(ScoreFactor factor) => factor switch
    {
        ScoreFactor.Continuity => Continuity,
        ScoreFactor.Distance => Distance,
        ScoreFactor.Preferences => Preferences,
        ScoreFactor.Rating => Rating,
        ScoreFactor.Reliability => Reliability,
        ScoreFactor.Price => Price,
        ScoreFactor.Responsiveness => Responsiveness,
        ScoreFactor.NewCarerBoost => NewCarerBoost,
        _ => throw new ArgumentOutOfRangeException(nameof(factor), factor, null),
    };

    /// <summary>What is wrong with these weights, in words an admin can act on; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        foreach (var factor in Enum.GetValues<ScoreFactor>())
        {
            var weight = For(factor);
            if (!double.IsFinite(weight)) problems.Add($"{factor} weight must be a number.");
            else if (weight < 0) problems.Add($"{factor} weight cannot be negative.");
        }

        if (problems.Count > 0) return problems;
        if (Total <= 0) problems.Add("At least one weight must be above zero.");
        else if (NewCarerBoost > MaxNewCarerBoostShare * Total) problems.Add($"The new-carer boost can be at most {MaxNewCarerBoostShare * 100:0}% of the total weight.");
        return problems;
    }

    public bool IsValid => Problems().Count == 0;

    /// <summary>Throws with every problem listed, for code paths that must not run on bad weights.</summary>
    public MatchWeights EnsureValid()
    {
        var problems = Problems();
        return problems.Count == 0 ? this : throw new ArgumentException("Invalid match weights: " + string.Join(" ", problems));
    }
}
