namespace CareMatch.Bookings.Contracts;

public sealed record CoverOfferView(Guid CoverOfferId, string Sector, DateTimeOffset StartsAt, DateTimeOffset EndsAt, DateTimeOffset SentAt, bool CanVolunteer, string? Closed);
