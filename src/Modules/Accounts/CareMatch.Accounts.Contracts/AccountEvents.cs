using CareMatch.SharedKernel.Events;

namespace CareMatch.Accounts.Contracts;

/// <summary>An admin invited a commissioner for a council; Commissioning records the assignment.</summary>
public sealed record CommissionerInvited(string UserId, string Email, Guid CouncilId) : IntegrationEvent;

/// <summary>An account can no longer sign in (carers stop being bookable).</summary>
public sealed record AccountSuspended(string UserId) : IntegrationEvent;

public sealed record AccountRestored(string UserId) : IntegrationEvent;

/// <summary>
/// The person deleted their account; modules remove or anonymise what they hold about them.
/// The email is there for what is kept by address only (the host's mail pickup folder); Accounts
/// deletes this message once it has been delivered.
/// </summary>
public sealed record AccountDeleted(string UserId, string? Email = null) : IntegrationEvent;
