namespace CareMatch.Bookings.Contracts;

/// <summary>
/// What Payments needs to price and settle one visit: who pays (the booking's seeker), who is
/// paid (the visit's carer, a cover carer included), at what hourly rate (pence), and what happened.
/// </summary>
public sealed record VisitForPayment(
    Guid VisitId,
    Guid BookingId,
    Guid CarerProfileId,
    string SeekerUserId,
    long HourlyRatePence,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    VisitStatus Status,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? CheckedOutAt,
    bool Approved,
    CancelledBy? CancelledBy,
    bool LateCancellation);
