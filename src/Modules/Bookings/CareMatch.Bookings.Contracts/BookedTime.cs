namespace CareMatch.Bookings.Contracts;

public sealed record BookedTime(DateTimeOffset StartsAt, DateTimeOffset EndsAt);
