namespace CareMatch.Bookings.Contracts;

public enum VisitStatus
{
    Scheduled = 1,
    CheckedIn,
    Completed,
    Missed,
    Cancelled,
}
