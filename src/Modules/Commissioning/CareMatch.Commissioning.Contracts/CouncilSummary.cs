namespace CareMatch.Commissioning.Contracts;

public sealed record CouncilSummary(Guid Id, string Name, IReadOnlyList<string> Districts, int Commissioners);
