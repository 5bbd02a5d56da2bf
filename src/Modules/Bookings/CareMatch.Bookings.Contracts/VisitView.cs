namespace CareMatch.Bookings.Contracts;

/// <summary>
/// One visit. Times are UK local for display. The Can* flags say what the viewer may do now.
/// <see cref="ForCarer"/> is who the visit is for and where, for the visit's carer only, while the booking is active.
/// <see cref="HandoverCardToOpen"/> is true for a carer covering the visit who has not yet opened the handover card: check-in waits for it.
/// </summary>
public sealed record VisitView(
    Guid VisitId,
    Guid BookingId,
    Guid CarerProfileId,
    string CarerName,
    string Sector,
    DateTimeOffset StartsAt,
    DateTimeOffset EndsAt,
    VisitStatus Status,
    DateTimeOffset? CheckedInAt,
    DateTimeOffset? CheckedOutAt,
    string? CarerNotes,
    DateTimeOffset? ApprovedAt,
    bool ApprovedAutomatically,
    CancelledBy? CancelledBy,
    bool LateCancellation,
    bool CanCheckIn,
    bool CanCheckOut,
    bool CanApprove,
    bool CanCancel,
    CoverView? Cover = null,
    PrivateDetailsForCarer? ForCarer = null,
    bool HandoverCardToOpen = false);
