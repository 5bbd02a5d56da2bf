using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Visits;

/// <summary>Only the asker's own bookings are searched, so another seeker's bookings with the carer answer nothing.</summary>
internal sealed class FindMyLatestBookingWithHandler(CurrentParty party, BookingsDbContext db) : IQueryHandler<FindMyLatestBookingWith, Guid?>
{
    public async ValueTask<Guid?> Handle(FindMyLatestBookingWith query, CancellationToken cancellationToken)
    {
        if (!party.IsSeeker || party.UserId is not { } me) return null;
        var confirmed = await db.Bookings.AsNoTracking()
            .Where(b => b.SeekerUserId == me && b.CarerProfileId == query.CarerProfileId)
            .Select(b => new { b.RequestId, b.ConfirmedAt })
            .ToListAsync(cancellationToken);
        // Ordered here: SQLite cannot order by a DateTimeOffset in SQL.
        return confirmed.OrderByDescending(b => b.ConfirmedAt).Select(b => (Guid?)b.RequestId).FirstOrDefault();
    }
}
