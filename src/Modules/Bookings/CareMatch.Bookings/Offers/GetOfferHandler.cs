using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Bookings.Offers;

internal sealed class GetOfferHandler(CurrentParty party, BookingsDbContext db, IClock clock) : IQueryHandler<GetOffer, OfferView>
{
    public async ValueTask<OfferView> Handle(GetOffer query, CancellationToken cancellationToken)
    {
        var (offer, side) = await OfferAccess.LoadAsync(db, party, query.OfferId, cancellationToken);
        return offer.ViewFor(side, clock.UtcNow);
    }
}
