using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.Needs.Requests;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.ForModules;

/// <summary>No caller check here: Bookings checks who is asking before it shows any of this.</summary>
internal sealed class GetCareRequestForBookingHandler(NeedsDbContext db) : IQueryHandler<GetCareRequestForBooking, CareRequestForBooking?>
{
    public async ValueTask<CareRequestForBooking?> Handle(GetCareRequestForBooking query, CancellationToken cancellationToken)
    {
        var r = await db.CareRequests.AsNoTracking().SingleOrDefaultAsync(r => r.Id == query.RequestId, cancellationToken);
        return r is null ? null
            : new CareRequestForBooking(r.Id, r.SeekerUserId, r.Status, r.RecipientFirstName, r.CareNotes, r.When(), r.Sector, r.Postcode, r.AddressLine, r.MaxHourlyRatePence);
    }
}
