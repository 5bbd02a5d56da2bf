using CareMatch.SharedKernel.Time;

namespace CareMatch.Commissioning.Activity;

/// <summary>
/// One visit as Commissioning keeps it, for continuity and reliability: its request (the person
/// cared for, as far as these figures go), the carer (an id only Commissioning holds, never shown),
/// when it was due, and what became of it. Kept in the shape the figures are counted in, so the
/// database can count them: the month it was due (UK time) and, for a visit given, how many minutes
/// after its start the carer checked in (negative when early).
/// </summary>
internal sealed class VisitFact
{
    /// <summary>Cancelled with less notice than this counts as a late cancellation, whoever cancelled.</summary>
    public static readonly TimeSpan LateNotice = TimeSpan.FromHours(24);

    private VisitFact()
    {
    }

    public Guid VisitId { get; private set; }

    public Guid RequestId { get; private set; }

    public Guid CarerProfileId { get; private set; }

    public VisitOutcome Outcome { get; private set; }

    /// <summary>When the visit was due to start; for a visit given before events carried that, its check-in.</summary>
    public DateTimeOffset DueAt { get; private set; }

    /// <summary>The first day of the month (UK time) <see cref="DueAt"/> falls in.</summary>
    public DateOnly DueMonth { get; private set; }

    /// <summary>For a visit given whose start is known: minutes from its start to the check-in. Null otherwise, which leaves it out of the on-time share.</summary>
    public int? CheckInMinutesAfterDue { get; private set; }

    public bool LateCancellation { get; private set; }

    /// <summary>The carer cancelled and the search for someone to cover the visit began.</summary>
    public bool CoverSought { get; private set; }

    /// <summary>Whole minutes, rounded up, from the cancellation to the seeker approving cover; null while not covered. Rounded up so 2 hours and a second is not "within 2 hours".</summary>
    public int? CoverFilledAfterMinutes { get; private set; }

    /// <summary>For a visit missed or cancelled: how long it was to be, in minutes, for the hours not given; 0 when not known (events from before it was carried).</summary>
    public int PlannedMinutes { get; private set; }

    public static VisitFact Given(Guid visitId, Guid requestId, Guid carer, DateTimeOffset? dueAt, DateTimeOffset checkedInAt) =>
        Due(visitId, requestId, carer, VisitOutcome.Given, dueAt ?? checkedInAt, dueAt is { } due ? (int)Math.Floor((checkedInAt - due).TotalMinutes) : null, late: false);

    public static VisitFact Missed(Guid visitId, Guid requestId, Guid carer, DateTimeOffset dueAt, int plannedMinutes)
    {
        var fact = Due(visitId, requestId, carer, VisitOutcome.Missed, dueAt, null, late: false);
        fact.PlannedMinutes = plannedMinutes;
        return fact;
    }

    public static VisitFact Cancelled(Guid visitId, Guid requestId, Guid carer, bool byCarer, DateTimeOffset cancelledAt, TimeSpan notice, bool coverSought, int plannedMinutes)
    {
        var fact = Due(visitId, requestId, carer, byCarer ? VisitOutcome.CancelledByCarer : VisitOutcome.CancelledBySeeker, cancelledAt + notice, null, notice < LateNotice);
        fact.CoverSought = coverSought;
        fact.PlannedMinutes = plannedMinutes;
        return fact;
    }

    /// <summary>The first cover agreed stands: a visit is covered once.</summary>
    public void Covered(TimeSpan afterCancellation) =>
        CoverFilledAfterMinutes ??= (int)Math.Ceiling(afterCancellation.TotalMinutes);

    private static VisitFact Due(Guid visitId, Guid requestId, Guid carer, VisitOutcome outcome, DateTimeOffset dueAt, int? minutesAfter, bool late)
    {
        var local = UkCalendar.ToUkTime(dueAt);
        return new VisitFact
        {
            VisitId = visitId, RequestId = requestId, CarerProfileId = carer, Outcome = outcome, DueAt = dueAt,
            DueMonth = new DateOnly(local.Year, local.Month, 1), CheckInMinutesAfterDue = minutesAfter, LateCancellation = late,
        };
    }
}
