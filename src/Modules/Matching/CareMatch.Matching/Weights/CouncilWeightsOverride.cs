using CareMatch.Matching.Engine.Scores;

namespace CareMatch.Matching.Weights;

/// <summary>
/// An admin's choice of weights for one council's requests, in place of the configured ones.
/// Stored as whole thousandths: exact in every provider, and the house rule keeps floating
/// point out of the database.
/// </summary>
internal sealed class CouncilWeightsOverride
{
    private const double Thousandths = 1000;

    private CouncilWeightsOverride()
    {
    }

    public Guid CouncilId { get; private set; }

    public int ContinuityThousandths { get; private set; }

    public int DistanceThousandths { get; private set; }

    public int PreferencesThousandths { get; private set; }

    public int RatingThousandths { get; private set; }

    public int ReliabilityThousandths { get; private set; }

    public int PriceThousandths { get; private set; }

    public int ResponsivenessThousandths { get; private set; }

    public int NewCarerBoostThousandths { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public static CouncilWeightsOverride For(Guid councilId) => new() { CouncilId = councilId };

    public void Set(MatchWeights weights, DateTimeOffset now)
    {
        ContinuityThousandths = Stored(weights.Continuity);
        DistanceThousandths = Stored(weights.Distance);
        PreferencesThousandths = Stored(weights.Preferences);
        RatingThousandths = Stored(weights.Rating);
        ReliabilityThousandths = Stored(weights.Reliability);
        PriceThousandths = Stored(weights.Price);
        ResponsivenessThousandths = Stored(weights.Responsiveness);
        NewCarerBoostThousandths = Stored(weights.NewCarerBoost);
        UpdatedAt = now;
    }

    public MatchWeights ToWeights() => new()
    {
        Continuity = ContinuityThousandths / Thousandths,
        Distance = DistanceThousandths / Thousandths,
        Preferences = PreferencesThousandths / Thousandths,
        Rating = RatingThousandths / Thousandths,
        Reliability = ReliabilityThousandths / Thousandths,
        Price = PriceThousandths / Thousandths,
        Responsiveness = ResponsivenessThousandths / Thousandths,
        NewCarerBoost = NewCarerBoostThousandths / Thousandths,
    };

    private static int Stored(double weight) => (int)Math.Round(weight * Thousandths, MidpointRounding.AwayFromZero);
}
