using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Visits;

/// <summary>No caller check: modules only (the access rule says so), never a page.</summary>
internal sealed class GetVisitForPaymentHandler(BookingsDbContext db) : IQueryHandler<GetVisitForPayment, VisitForPayment?>
{
    public async ValueTask<VisitForPayment?> Handle(GetVisitForPayment query, CancellationToken cancellationToken)
    {
        var visit = await db.Visits.AsNoTracking().SingleOrDefaultAsync(v => v.Id == query.VisitId, cancellationToken);
        if (visit is null) return null;
        var booking = await db.Bookings.AsNoTracking().SingleAsync(b => b.Id == visit.BookingId, cancellationToken);
        return VisitsForPayment.Of(visit, booking);
    }
}
