namespace CareMatch.Bookings.Contracts;

/// <summary>
/// What the carer of a visit reads on the handover card. <see cref="AccessToHome"/> (a key safe
/// code, say) is only ever in this view, which only the visit's carer gets while the booking is active.
/// <see cref="Written"/> is false when the family has not written a card yet.
/// </summary>
public sealed record HandoverCardForCarer(
    Guid VisitId,
    string RecipientFirstName,
    DateTimeOffset VisitStartsAt,
    bool Covering,
    bool Written,
    string? WhatMatters,
    string? Routines,
    string? Risks,
    string? AccessToHome);
