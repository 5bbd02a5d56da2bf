namespace CareMatch.Web.Infrastructure.Demo.History;

/// <summary>A booking the history made, and whose it is.</summary>
public sealed record DemoHistoryBooking(Guid BookingId, DemoHistorySeeker Seeker);
