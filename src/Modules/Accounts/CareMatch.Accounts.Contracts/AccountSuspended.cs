using CareMatch.SharedKernel.Events;

namespace CareMatch.Accounts.Contracts;

/// <summary>An account can no longer sign in (carers stop being bookable).</summary>
public sealed record AccountSuspended(string UserId) : IntegrationEvent;
