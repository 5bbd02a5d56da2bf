namespace CareMatch.Bookings.Contracts;

/// <summary>The offers on a request, and how long a new offer would stay open (the configured lifetime).</summary>
public sealed record RequestOffers(Guid RequestId, IReadOnlyList<OfferView> Offers, Guid? BookingId, TimeSpan OfferLifetime);
