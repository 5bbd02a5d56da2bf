namespace CareMatch.Commissioning.Contracts;

public sealed record OpenFigures(Guid CouncilId, string Council, OpenDataFreshness Freshness, IReadOnlyList<OpenFiguresRow> Rows);
