using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// The request of the signed-in seeker's latest booking with this carer (ended ones too), or null
/// when they never booked them: Trust routes a concern about the carer to that care's council.
/// </summary>
[SentBy(Roles.Seeker)]
public sealed record FindMyLatestBookingWith(Guid CarerProfileId) : IQuery<Guid?>;
