namespace CareMatch.Trust.Contracts;

/// <summary><see cref="About"/> reads after "About", like "Tess Trusted, carer".</summary>
public sealed record ConcernHelp(string? CouncilPhone, string About);
