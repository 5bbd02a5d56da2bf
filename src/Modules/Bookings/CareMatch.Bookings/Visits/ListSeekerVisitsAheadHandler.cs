using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Visits;

/// <summary>No caller check: modules only (the access rule says so), never a page.</summary>
internal sealed class ListSeekerVisitsAheadHandler(BookingsDbContext db) : IQueryHandler<ListSeekerVisitsAhead, IReadOnlyList<VisitForPayment>>
{
    public async ValueTask<IReadOnlyList<VisitForPayment>> Handle(ListSeekerVisitsAhead query, CancellationToken cancellationToken)
    {
        var found = await (
            from visit in db.Visits.AsNoTracking()
            join booking in db.Bookings.AsNoTracking() on visit.BookingId equals booking.Id
            where booking.SeekerUserId == query.SeekerUserId && visit.Status == VisitStatus.Scheduled && visit.StartsAt >= query.StartingFrom
            select new { visit, booking }).ToListAsync(cancellationToken);
        return found.OrderBy(f => f.visit.StartsAt).Select(f => VisitsForPayment.Of(f.visit, f.booking)).ToList();
    }
}
