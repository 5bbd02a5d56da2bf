namespace CareMatch.Bookings.Contracts;

public enum OfferStatus
{
    Pending = 1,
    Accepted,
    Declined,
    Withdrawn,
    Expired,

    /// <summary>The request was booked with someone else first.</summary>
    Taken,
}
