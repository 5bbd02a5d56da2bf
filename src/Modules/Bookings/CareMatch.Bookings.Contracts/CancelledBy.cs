namespace CareMatch.Bookings.Contracts;

public enum CancelledBy
{
    Seeker = 1,
    Carer,
}
