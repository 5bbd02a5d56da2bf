using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Offers;

/// <summary>Needs checks the request is the seeker's own (anyone else's is not found).</summary>
internal sealed class ListOffersForMyRequestHandler(IModuleSender sender, BookingsDbContext db, OfferSettings settings, IClock clock)
    : IQueryHandler<ListOffersForMyRequest, RequestOffers>
{
    public async ValueTask<RequestOffers> Handle(ListOffersForMyRequest query, CancellationToken cancellationToken)
    {
        var request = await sender.Send(new GetMyCareRequest(query.RequestId), cancellationToken);
        var offers = await db.Offers.AsNoTracking().Where(o => o.RequestId == request.RequestId).ToListAsync(cancellationToken);
        var bookingId = await db.Bookings.Where(b => b.RequestId == request.RequestId).Select(b => (Guid?)b.Id).SingleOrDefaultAsync(cancellationToken);
        var now = clock.UtcNow;
        return new RequestOffers(request.RequestId, offers.OrderByDescending(o => o.SentAt).Select(o => o.ViewFor(OfferParty.Seeker, now)).ToList(), bookingId, settings.Lifetime);
    }
}
