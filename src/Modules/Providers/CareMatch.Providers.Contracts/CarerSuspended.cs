using CareMatch.SharedKernel.Events;

namespace CareMatch.Providers.Contracts;

/// <summary>The carer may no longer be booked (a credential lapsed or was rejected, or the account was suspended).</summary>
public sealed record CarerSuspended(Guid ProfileId, string Reason) : IntegrationEvent;
