using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Persistence;
using CareMatch.Needs.Contracts;

namespace CareMatch.Bookings.Visits;

/// <summary>Visits are kept four weeks ahead: at booking, then by the daily horizon task.</summary>
internal static class VisitHorizon
{
    public const int Days = 28;

    /// <summary>The last day visits are kept to, counting from <paramref name="today"/>.</summary>
    public static DateOnly Through(DateOnly today) => today.AddDays(Days - 1);

    /// <summary>The booking's visits from the day after those it has up to four weeks from today, none already begun.</summary>
    public static List<Visit> Due(Booking booking, CareSchedule schedule, DateOnly today, DateTimeOffset now)
    {
        var from = booking.VisitsThrough == DateOnly.MinValue ? today : booking.VisitsThrough.AddDays(1);
        return VisitPlanner.Plan(schedule, from, Through(today))
            .Where(v => v.Start > now)
            .Select(v => Visit.Schedule(booking.Id, booking.CarerProfileId, v.Start, v.End))
            .ToList();
    }

    /// <summary>Adds the visits now due (see <see cref="Due"/>) and marks the booking planned through four weeks from today.</summary>
    public static int Extend(BookingsDbContext db, Booking booking, CareSchedule schedule, DateOnly today, DateTimeOffset now)
    {
        var due = Due(booking, schedule, today, now);
        db.Visits.AddRange(due);
        booking.VisitsPlannedThrough(Through(today));
        return due.Count;
    }
}
