using CareMatch.SharedKernel.Events;

namespace CareMatch.Accounts.Contracts;

/// <summary>
/// The person deleted their account; modules remove or anonymise what they hold about them.
/// The email is there for what is kept by address only (the host's mail pickup folder); Accounts
/// deletes this message once it has been delivered.
/// </summary>
public sealed record AccountDeleted(string UserId, string? Email = null) : IntegrationEvent;
