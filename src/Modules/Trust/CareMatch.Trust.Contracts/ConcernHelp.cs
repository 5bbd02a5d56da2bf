namespace CareMatch.Trust.Contracts;

public sealed record ConcernHelp(string? CouncilPhone);
