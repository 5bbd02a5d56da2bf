namespace CareMatch.Commissioning.Contracts;

/// <summary>What the figures are narrowed to; null is everyone. Names are Needs' enum names (CareType, AgeBand, FundingSource).</summary>
public sealed record RequestFilters(string? District = null, string? CareType = null, string? AgeBand = null, string? Funding = null)
{
    public static RequestFilters None { get; } = new();
}
