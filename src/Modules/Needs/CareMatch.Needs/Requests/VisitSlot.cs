namespace CareMatch.Needs.Requests;

/// <summary>
/// One visit in a week (or the one visit of a one-off request), start before end on the same day.
/// A class, not a record: EF tracks owned entities by reference, and value equality confuses it.
/// </summary>
internal sealed class VisitSlot
{
    public VisitSlot(DayOfWeek day, TimeOnly start, TimeOnly end)
    {
        Day = day;
        Start = start;
        End = end;
    }

    public DayOfWeek Day { get; private set; }

    public TimeOnly Start { get; private set; }

    public TimeOnly End { get; private set; }
}
