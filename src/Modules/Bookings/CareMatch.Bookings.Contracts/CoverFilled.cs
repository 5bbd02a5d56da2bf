using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// The seeker approved a carer to cover a visit its carer cancelled: <see cref="CoverVisitId"/>
/// replaces <see cref="CancelledVisitId"/>. <see cref="AfterCancellation"/> is how long after the
/// cancellation the cover was agreed, which Commissioning counts as the cover fill rate.
/// </summary>
public sealed record CoverFilled(Guid CancelledVisitId, Guid CoverVisitId, Guid BookingId, Guid CarerProfileId, TimeSpan AfterCancellation) : IntegrationEvent;
