using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>A completed visit was approved, by the seeker or automatically after <see cref="VisitTerms.AutoApproveAfter"/>: Payments may capture it.</summary>
public sealed record VisitApproved(Guid VisitId, Guid BookingId, Guid CarerProfileId, bool Automatically) : IntegrationEvent;
