namespace CareMatch.Commissioning.Contracts;

public sealed record OpenDataCouncil(Guid Id, string Name, IReadOnlyList<string> Districts);
