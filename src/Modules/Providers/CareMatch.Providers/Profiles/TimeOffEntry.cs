namespace CareMatch.Providers.Profiles;

/// <summary>Dated time off, both days included, stored with its profile.</summary>
internal sealed record TimeOffEntry(DateOnly From, DateOnly To);
