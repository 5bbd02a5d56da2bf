using System.Globalization;
using CareMatch.Matching.Engine.Scores;
using Microsoft.Extensions.Configuration;

namespace CareMatch.Matching.Weights;

/// <summary>
/// Reads <c>Matching:Weights:&lt;Factor&gt;</c> (e.g. <c>Matching:Weights:Distance=2.5</c>) over the
/// engine's defaults, and refuses to start on weights that cannot rank fairly, naming each problem.
/// </summary>
internal static class ConfiguredMatchWeights
{
    public const string Section = "Matching:Weights";

    public static MatchWeights From(IConfiguration configuration)
    {
        var defaults = MatchWeights.Default;
        var weights = defaults with
        {
            Continuity = Read(configuration, nameof(MatchWeights.Continuity), defaults.Continuity),
            Distance = Read(configuration, nameof(MatchWeights.Distance), defaults.Distance),
            Preferences = Read(configuration, nameof(MatchWeights.Preferences), defaults.Preferences),
            Rating = Read(configuration, nameof(MatchWeights.Rating), defaults.Rating),
            Reliability = Read(configuration, nameof(MatchWeights.Reliability), defaults.Reliability),
            Price = Read(configuration, nameof(MatchWeights.Price), defaults.Price),
            Responsiveness = Read(configuration, nameof(MatchWeights.Responsiveness), defaults.Responsiveness),
            NewCarerBoost = Read(configuration, nameof(MatchWeights.NewCarerBoost), defaults.NewCarerBoost),
        };
        var problems = weights.Problems();
        return problems.Count == 0
            ? weights
            : throw new InvalidOperationException($"{Section} is not valid: {string.Join(" ", problems)}");
    }

    private static double Read(IConfiguration configuration, string factor, double fallback)
    {
        var text = configuration[$"{Section}:{factor}"];
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidOperationException($"{Section}:{factor} must be a number, not \"{text}\".");
    }
}
