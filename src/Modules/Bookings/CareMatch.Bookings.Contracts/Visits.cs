using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

public enum VisitStatus
{
    Scheduled = 1,
    CheckedIn,
    Completed,
    Missed,
    Cancelled,
}

public enum CancelledBy
{
    Seeker = 1,
    Carer,
}

/// <summary>
/// A booking as either side sees it. The booked carer sees the person's name, the seeker's
/// notes and the address only here, and only while the booking is active.
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record GetBooking(Guid BookingId) : IQuery<BookingView>;

/// <summary>What only the booked carer is told: who they care for, where, and what the family wrote for them.</summary>
public sealed record PrivateDetailsForCarer(string RecipientFirstName, string Address, string? CareNotes);

public sealed record BookingView(
    Guid BookingId,
    Guid RequestId,
    Guid CarerProfileId,
    string CarerName,
    string Sector,
    PrivateDetailsForCarer? ForCarer,
    long HourlyRatePence,
    DateTimeOffset ConfirmedAt,
    bool Active,
    string? EndReason,
    IReadOnlyList<VisitView> UpcomingVisits,
    bool CanEnd);

/// <summary>The signed-in person's visits from <paramref name="From"/> for <paramref name="Days"/> days: a carer's calendar, or a seeker's "who is coming".</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record ListMyVisits(DateOnly From, int Days = 28) : IQuery<IReadOnlyList<VisitView>>;

/// <summary>One visit, for its carer or its seeker only.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record GetVisit(Guid VisitId) : IQuery<VisitView>;

/// <summary>
/// One visit. Times are UK local for display. The Can* flags say what the viewer may do now.
/// <see cref="ForCarer"/> is who the visit is for and where, for the visit's carer only, while the booking is active.
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
    PrivateDetailsForCarer? ForCarer = null);

/// <summary>The visit's carer arrives: from 30 minutes before the start until its end.</summary>
[SentBy(Roles.Carer)]
public sealed record CheckIn(Guid VisitId) : ICommand;

/// <summary>The visit's carer leaves, with optional notes for the family.</summary>
[SentBy(Roles.Carer)]
public sealed record CheckOut(Guid VisitId, string? Notes) : ICommand;

/// <summary>The seeker confirms a completed visit happened as recorded; otherwise it approves itself after <see cref="VisitTerms.AutoApproveAfter"/>.</summary>
[SentBy(Roles.Seeker)]
public sealed record ApproveVisit(Guid VisitId) : ICommand;

/// <summary>
/// Either side cancels one scheduled visit. A seeker's cancellation with less than
/// <see cref="VisitTerms.LateCancellationNotice"/> before the start is marked late (Payments may charge for it); a carer's counts against reliability.
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record CancelVisit(Guid VisitId, string? Reason) : ICommand;

/// <summary>Either side ends the whole booking: every visit still to come is cancelled.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record EndBooking(Guid BookingId, string? Reason) : ICommand;

/// <summary>
/// For Matching: when carers are already booked, from now on (visits not cancelled, missed or
/// done), so the engine does not offer them work that clashes. One carer, or every carer.
/// </summary>
[SentByModules]
public sealed record ListBookedTimes(Guid? CarerProfileId = null) : IQuery<IReadOnlyDictionary<Guid, IReadOnlyList<BookedTime>>>;

public sealed record BookedTime(DateTimeOffset StartsAt, DateTimeOffset EndsAt);
