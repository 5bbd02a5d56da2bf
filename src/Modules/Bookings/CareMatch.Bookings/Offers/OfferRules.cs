using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Offers;

internal static class OfferRules
{
    public static Task<bool> HasPendingAsync(BookingsDbContext db, Guid requestId, Guid carerProfileId, DateTimeOffset now, CancellationToken cancellationToken) =>
        db.Offers.AnyAsync(o => o.RequestId == requestId && o.CarerProfileId == carerProfileId && o.Status == OfferStatus.Pending && o.ExpiresAt > now, cancellationToken);

    public static string? Tidy(string? message) => string.IsNullOrWhiteSpace(message) ? null : message.Trim();
}
