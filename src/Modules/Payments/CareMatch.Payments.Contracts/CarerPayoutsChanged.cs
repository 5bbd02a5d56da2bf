using CareMatch.SharedKernel.Events;

namespace CareMatch.Payments.Contracts;

/// <summary>Stripe can (or can no longer) pay this carer. Providers counts it in whether the carer is bookable.</summary>
public sealed record CarerPayoutsChanged(Guid CarerProfileId, bool PayoutsEnabled) : IntegrationEvent;
