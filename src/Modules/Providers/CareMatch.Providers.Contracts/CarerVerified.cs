using CareMatch.SharedKernel.Events;

namespace CareMatch.Providers.Contracts;

/// <summary>Every required credential of this carer is now verified: they may be booked.</summary>
public sealed record CarerVerified(Guid ProfileId) : IntegrationEvent;
