namespace CareMatch.Matching.Engine.Time;

/// <summary>
/// When care is needed: one visit, or the same slots every week from a start date until an
/// optional end. All times are UK local wall-clock times, as seekers and carers type them.
/// </summary>
/// <remarks>
/// How dated clashes count (time off, visits already booked): a carer must be free in the
/// weekly pattern for every slot asked for, and must have no time off or booked visit on any
/// actual visit inside the <b>commitment window</b>: the first <see cref="CommitmentWeeks"/>
/// weeks from the later of the start date and today (shorter if the schedule ends sooner).
/// That is the stretch a carer signs up to when booked; a holiday months away is a cover
/// arrangement, not a reason to hide an otherwise ideal carer. A one-off visit's window is
/// the visit itself.
/// </remarks>
public sealed record VisitSchedule
{
    public const int CommitmentWeeks = 4;

    private VisitSchedule(WeekSlots slots, DateOnly startDate, DateOnly? endDate, TimeInterval? visit)
    {
        Slots = slots;
        StartDate = startDate;
        EndDate = endDate;
        Visit = visit;
    }

    /// <summary>The quarter hours of the week care is needed in.</summary>
    public WeekSlots Slots { get; }

    public DateOnly StartDate { get; }

    /// <summary>The last day of care, included; none for ongoing care.</summary>
    public DateOnly? EndDate { get; }

    /// <summary>The one visit, for a one-off; null for weekly care.</summary>
    public TimeInterval? Visit { get; }

    public bool IsOneOff => Visit is not null;

    /// <summary>One visit. It must end after it starts and last no more than a week.</summary>
    public static VisitSchedule OneOff(DateTime start, DateTime end)
    {
        if (end <= start) throw new ArgumentException("A visit must end after it starts.", nameof(end));
        if (end - start > TimeSpan.FromDays(7)) throw new ArgumentException("A one-off visit lasts a week at most.", nameof(end));
        var visit = new TimeInterval(start, end);
        var (from, to) = visit.ToMinutes();
        return new VisitSchedule(WeekSlots.FromMinutes(from, to, roundOutwards: true), DateOnly.FromDateTime(start), DateOnly.FromDateTime(end), visit);
    }

    /// <summary>The same slots every week from <paramref name="startDate"/>, until <paramref name="endDate"/> (included) if given.</summary>
    public static VisitSchedule Weekly(WeekSlots slots, DateOnly startDate, DateOnly? endDate = null)
    {
        ArgumentNullException.ThrowIfNull(slots);
        if (endDate < startDate) throw new ArgumentException("Care cannot end before it starts.", nameof(endDate));
        return new VisitSchedule(slots, startDate, endDate, null);
    }

    public static VisitSchedule Weekly(IEnumerable<WeeklyTime> times, DateOnly startDate, DateOnly? endDate = null) =>
        Weekly(WeekSlots.Needed(times), startDate, endDate);

    /// <summary>The first day credentials must still be valid on: the start, or today once care has started.</summary>
    internal DateOnly FirstDay(DateOnly today) => Visit is not null || StartDate >= today ? StartDate : today;

    /// <summary>The window, in local minutes, in which dated clashes count (see the remarks above).</summary>
    internal (int Start, int End) CommitmentWindow(DateOnly today)
    {
        if (Visit is { } visit) return visit.ToMinutes();
        var first = FirstDay(today);
        var start = LocalMinutes.Of(first);
        var end = LocalMinutes.Of(first.AddDays(7 * CommitmentWeeks));
        if (EndDate is { } last) end = Math.Min(end, LocalMinutes.Of(last.AddDays(1)));
        return (start, Math.Max(start, end));
    }
}
