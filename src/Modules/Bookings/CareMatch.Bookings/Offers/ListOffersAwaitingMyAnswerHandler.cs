using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Offers;

internal sealed class ListOffersAwaitingMyAnswerHandler(CurrentParty party, BookingsDbContext db, IClock clock)
    : IQueryHandler<ListOffersAwaitingMyAnswer, IReadOnlyList<OfferView>>
{
    public async ValueTask<IReadOnlyList<OfferView>> Handle(ListOffersAwaitingMyAnswer query, CancellationToken cancellationToken)
    {
        var now = clock.UtcNow;
        IQueryable<Offer> offers;
        OfferParty side;
        if (await party.CarerProfileIdAsync(cancellationToken) is { } profileId)
        {
            (offers, side) = (db.Offers.Where(o => o.CarerProfileId == profileId && o.Kind == OfferKind.Invitation), OfferParty.Carer);
        }
        else if (party.IsSeeker && party.UserId is { } seekerId)
        {
            var actedFor = await party.RequestsActedForAsync(cancellationToken);
            (offers, side) = (db.Offers.Where(o => (o.SeekerUserId == seekerId || actedFor.Contains(o.RequestId)) && o.Kind == OfferKind.Application), OfferParty.Seeker);
        }
        else
        {
            return [];
        }

        var pending = await offers.AsNoTracking().Where(o => o.Status == OfferStatus.Pending && o.ExpiresAt > now).ToListAsync(cancellationToken);
        return pending.OrderBy(o => o.ExpiresAt).Select(o => o.ViewFor(side, now)).ToList();
    }
}
