using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Persistence;
using CareMatch.Needs.Contracts;

namespace CareMatch.Bookings.Visits;

/// <summary>Visits are kept four weeks ahead: at booking, then by the daily horizon job.</summary>
internal static class VisitHorizon
{
    public const int Days = 28;

    /// <summary>Adds the booking's visits from the day after those it has up to four weeks from today, none already begun.</summary>
    public static int Extend(BookingsDbContext db, Booking booking, CareSchedule schedule, DateOnly today, DateTimeOffset now)
    {
        var through = today.AddDays(Days - 1);
        var from = booking.VisitsThrough == DateOnly.MinValue ? today : booking.VisitsThrough.AddDays(1);
        var added = 0;
        foreach (var (start, end) in VisitPlanner.Plan(schedule, from, through).Where(v => v.Start > now))
        {
            db.Visits.Add(Visit.Schedule(booking.Id, booking.CarerProfileId, start, end));
            added++;
        }

        booking.VisitsPlannedThrough(through);
        return added;
    }
}
