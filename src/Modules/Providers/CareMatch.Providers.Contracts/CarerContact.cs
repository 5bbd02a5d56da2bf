namespace CareMatch.Providers.Contracts;

/// <summary>A carer profile's account, and its display name ("Your carer" wording is the caller's when it has none yet).</summary>
public sealed record CarerContact(Guid ProfileId, string UserId, string? DisplayName);
