using CareMatch.Bookings.Contracts;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Bookings.Visits;

/// <summary>
/// One visit of a booking. Scheduled → CheckedIn → Completed (then approved), or Missed, or
/// Cancelled. The database refuses two visits of one carer that overlap in time unless one is
/// cancelled (an exclusion constraint on PostgreSQL, a trigger on SQLite and SQL Server).
/// </summary>
internal sealed class Visit
{
    /// <summary>A visit not checked into this long after its end was missed.</summary>
    public static readonly TimeSpan MissedAfter = TimeSpan.FromHours(2);

    private Visit()
    {
    }

    public Guid Id { get; private set; }

    public Guid BookingId { get; private set; }

    public Guid CarerProfileId { get; private set; }

    /// <summary>Set only for a cover visit, whose carer is not the booking's own; null means the booking's carer.</summary>
    public string? CoverCarerName { get; private set; }

    public DateTimeOffset StartsAt { get; private set; }

    public DateTimeOffset EndsAt { get; private set; }

    /// <summary>How long the visit is to be, in whole minutes.</summary>
    public int PlannedMinutes => (int)(EndsAt - StartsAt).TotalMinutes;

    public VisitStatus Status { get; private set; }

    public DateTimeOffset? CheckedInAt { get; private set; }

    public DateTimeOffset? CheckedOutAt { get; private set; }

    public string? CarerNotes { get; private set; }

    public DateTimeOffset? ApprovedAt { get; private set; }

    public bool ApprovedAutomatically { get; private set; }

    public DateTimeOffset? CancelledAt { get; private set; }

    public CancelledBy? CancelledBy { get; private set; }

    public string? CancelReason { get; private set; }

    public bool LateCancellation { get; private set; }

    public static Visit Cover(Guid bookingId, Guid carerProfileId, string carerName, DateTimeOffset startsAt, DateTimeOffset endsAt)
    {
        var visit = Schedule(bookingId, carerProfileId, startsAt, endsAt);
        visit.CoverCarerName = carerName;
        return visit;
    }

    public static Visit Schedule(Guid bookingId, Guid carerProfileId, DateTimeOffset startsAt, DateTimeOffset endsAt) => new()
    {
        Id = Guid.NewGuid(),
        BookingId = bookingId,
        CarerProfileId = carerProfileId,
        StartsAt = startsAt,
        EndsAt = endsAt,
        Status = VisitStatus.Scheduled,
    };

    public bool CanCheckIn(DateTimeOffset now, VisitSettings settings) => Status == VisitStatus.Scheduled && now >= StartsAt - settings.CheckInOpensBefore && now < EndsAt;

    public bool CanCheckOut => Status == VisitStatus.CheckedIn;

    public bool CanApprove => Status == VisitStatus.Completed && ApprovedAt is null;

    public bool CanCancel(DateTimeOffset now) => Status == VisitStatus.Scheduled && now < StartsAt;

    public void CheckIn(DateTimeOffset now, VisitSettings settings)
    {
        Ensure(CanCheckIn(now, settings), $"You can check in from {TimeWords.Duration(settings.CheckInOpensBefore)} before the visit until it ends.");
        (Status, CheckedInAt) = (VisitStatus.CheckedIn, now);
    }

    public void CheckOut(string? notes, DateTimeOffset now)
    {
        Ensure(CanCheckOut, "Check in before you check out.");
        (Status, CheckedOutAt, CarerNotes) = (VisitStatus.Completed, now, notes);
    }

    public void Approve(bool automatically, DateTimeOffset now)
    {
        Ensure(CanApprove, "Only a completed visit can be approved, once.");
        (ApprovedAt, ApprovedAutomatically) = (now, automatically);
    }

    public void Cancel(CancelledBy by, string? reason, DateTimeOffset now)
    {
        Ensure(CanCancel(now), "Only a visit that has not started can be cancelled.");
        (Status, CancelledAt, CancelledBy, CancelReason) = (VisitStatus.Cancelled, now, by, reason);
        LateCancellation = by == Contracts.CancelledBy.Seeker && StartsAt - now < VisitTerms.LateCancellationNotice;
    }

    public void MarkMissed()
    {
        if (Status == VisitStatus.Scheduled) Status = VisitStatus.Missed;
    }

    private static void Ensure(bool allowed, string why)
    {
        if (!allowed) throw new SharedKernel.Validation.InputValidationException(why);
    }
}
