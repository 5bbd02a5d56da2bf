namespace CareMatch.Commissioning.Activity;

/// <summary>Which request a booking serves, so a visit's events (which name only the booking) reach its request.</summary>
internal sealed class BookingFact
{
    private BookingFact()
    {
    }

    public Guid BookingId { get; private set; }

    public Guid RequestId { get; private set; }

    public static BookingFact For(Guid bookingId, Guid requestId) => new() { BookingId = bookingId, RequestId = requestId };
}
