using CareMatch.SharedKernel.Events;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// A carer was asked to cover a visit another carer cancelled (one event per carer asked, in
/// each wave of the search). Notifications tells them; they answer on their cover page.
/// </summary>
public sealed record CoverRequested(Guid CoverOfferId, Guid CancelledVisitId, Guid CarerProfileId, string Sector, DateTimeOffset StartsAt, DateTimeOffset EndsAt) : IntegrationEvent;
