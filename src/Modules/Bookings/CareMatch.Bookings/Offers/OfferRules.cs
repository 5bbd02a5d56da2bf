using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Offers;

internal static class OfferRules
{
    public static Task<bool> HasPendingAsync(BookingsDbContext db, Guid requestId, Guid carerProfileId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Offers.AnyAsync(o => o.RequestId == requestId && o.CarerProfileId == carerProfileId && o.Status == OfferStatus.Pending && o.ExpiresAt > now, cancellationToken);

    /// <summary>The event an answer publishes, timed now and carrying when the offer was sent.</summary>
    public static OfferAnswered Answered(Offer offer, bool accepted, DateTimeOffset now) =>
        new(offer.Id, offer.Kind, offer.RequestId, offer.SeekerUserId, offer.CarerProfileId, accepted, offer.SentAt) { OccurredAt = now };

    /// <summary>The event a lapsed offer publishes, noticed now.</summary>
    public static OfferExpired Expired(Offer offer, DateTimeOffset now) =>
        new(offer.Id, offer.Kind, offer.RequestId, offer.SeekerUserId, offer.CarerProfileId, offer.SentAt, offer.ExpiresAt) { OccurredAt = now };

    public static string? Tidy(string? message) => string.IsNullOrWhiteSpace(message) ? null : message.Trim();
}
