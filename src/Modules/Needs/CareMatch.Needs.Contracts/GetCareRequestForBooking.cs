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

public sealed record CareRequestForBooking(
    Guid RequestId,
    string SeekerUserId,
    CareRequestStatus Status,
    string RecipientFirstName,
    string? CareNotes,
    CareSchedule When,
    string Sector,
    string Postcode,
    string AddressLine,
    long MaxHourlyRatePence);

/// <summary>
/// A request's public facts whatever its status (a booked request is no longer open, but its
/// cover carers are still matched to it). No caller check: nothing private is in the facts.
/// </summary>
[SentByModules]
public sealed record GetCareRequestFacts(Guid RequestId) : IQuery<CareRequestFacts?>;
