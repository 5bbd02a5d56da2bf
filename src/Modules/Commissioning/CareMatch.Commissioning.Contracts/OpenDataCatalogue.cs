namespace CareMatch.Commissioning.Contracts;

public sealed record OpenDataCatalogue(IReadOnlyList<OpenDataCouncil> Councils, OpenDataFreshness Freshness);
