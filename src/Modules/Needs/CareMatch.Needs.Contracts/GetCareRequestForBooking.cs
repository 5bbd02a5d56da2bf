using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>
/// For Bookings only, never a page: what a booking is made from, whatever the request's status.
/// It includes the address line and full postcode, which Bookings shows to the booked carer and
/// to nobody else. Null when there is no such request.
/// </summary>
[SentByModules]
public sealed record GetCareRequestForBooking(Guid RequestId) : IQuery<CareRequestForBooking?>;
