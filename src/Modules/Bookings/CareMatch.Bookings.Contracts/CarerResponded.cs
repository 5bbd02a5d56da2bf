using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// A carer answered a request: they applied to it, or accepted or declined the family's invitation
/// to it. Carries no carer and no words, only when; Commissioning times the first response to a request.
/// </summary>
public sealed record CarerResponded(Guid RequestId) : IntegrationEvent;
