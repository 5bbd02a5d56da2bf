namespace CareMatch.Commissioning.Metrics;

/// <summary>How many of how many: kept as both counts (not a rounded percentage) so suppression and totals can be worked out from them.</summary>
internal sealed record Share(int Count, int OutOf)
{
    public double? Fraction => OutOf == 0 ? null : (double)Count / OutOf;
}
