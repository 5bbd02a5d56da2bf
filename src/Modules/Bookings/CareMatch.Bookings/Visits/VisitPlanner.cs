using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Bookings.Visits;

/// <summary>
/// The visits a schedule asks for between two UK dates, as UTC instants. Times are UK wall-clock
/// times, so a 09:00 visit stays at 09:00 across the clocks changing. A visit that ends at or
/// before its start runs past midnight into the next day.
/// </summary>
internal static class VisitPlanner
{
    public static IEnumerable<(DateTimeOffset Start, DateTimeOffset End)> Plan(CareSchedule schedule, DateOnly from, DateOnly through)
    {
        var first = schedule.StartDate > from ? schedule.StartDate : from;
        var last = schedule.EndDate is { } end && end < through ? end : through;
        if (schedule.Kind == ScheduleKind.OneOff) last = schedule.StartDate < last ? schedule.StartDate : last;
        for (var date = first; date <= last; date = date.AddDays(1))
        {
            foreach (var slot in schedule.Slots.Where(s => schedule.Kind == ScheduleKind.OneOff || s.Day == date.DayOfWeek).OrderBy(s => s.Start))
            {
                var endDate = slot.End > slot.Start ? date : date.AddDays(1);
                yield return (UkCalendar.ToInstant(date, slot.Start), UkCalendar.ToInstant(endDate, slot.End));
            }
        }
    }
}
