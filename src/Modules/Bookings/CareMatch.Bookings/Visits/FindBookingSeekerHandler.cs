using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Visits;

/// <summary>No caller check: modules only (the access rule says so), never a page.</summary>
internal sealed class FindBookingSeekerHandler(BookingsDbContext db) : IQueryHandler<FindBookingSeeker, string?>
{
    public async ValueTask<string?> Handle(FindBookingSeeker query, CancellationToken cancellationToken) =>
        await db.Bookings.AsNoTracking().Where(b => b.Id == query.BookingId).Select(b => b.SeekerUserId).SingleOrDefaultAsync(cancellationToken);
}
