using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Offers;

internal sealed class ListMyOffersAsCarerHandler(CurrentParty party, BookingsDbContext db, IClock clock)
    : IQueryHandler<ListMyOffersAsCarer, IReadOnlyList<OfferView>>
{
    public async ValueTask<IReadOnlyList<OfferView>> Handle(ListMyOffersAsCarer query, CancellationToken cancellationToken)
    {
        if (await party.CarerProfileIdAsync(cancellationToken) is not { } profileId) return [];
        var offers = await db.Offers.AsNoTracking().Where(o => o.CarerProfileId == profileId).ToListAsync(cancellationToken);
        var now = clock.UtcNow;
        return offers.OrderByDescending(o => o.SentAt).Select(o => o.ViewFor(OfferParty.Carer, now)).ToList();
    }
}
