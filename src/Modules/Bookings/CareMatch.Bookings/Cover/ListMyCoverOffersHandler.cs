using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Cover;

/// <summary>The signed-in carer's cover requests; only the carers asked ever see one.</summary>
internal sealed class ListMyCoverOffersHandler(CurrentParty party, BookingsDbContext db, IClock clock)
    : IQueryHandler<ListMyCoverOffers, IReadOnlyList<CoverOfferView>>
{
    public async ValueTask<IReadOnlyList<CoverOfferView>> Handle(ListMyCoverOffers query, CancellationToken cancellationToken)
    {
        if (await party.CarerProfileIdAsync(cancellationToken) is not { } profileId) return [];
        var offers = await db.CoverOffers.AsNoTracking().Where(o => o.CarerProfileId == profileId)
            .Join(db.CoverRequests.AsNoTracking(), o => o.CoverRequestId, c => c.Id, (o, c) => new { Offer = o, Cover = c })
            .ToListAsync(cancellationToken);
        var now = clock.UtcNow;
        return offers.OrderByDescending(x => x.Offer.SentAt).Select(x => new CoverOfferView(
            x.Offer.Id, x.Cover.Sector, UkCalendar.ToUkTime(x.Cover.StartsAt), UkCalendar.ToUkTime(x.Cover.EndsAt), x.Offer.SentAt,
            x.Cover.CanVolunteer(now), CoverRules.WhyClosed(x.Cover, x.Offer, now))).ToList();
    }
}
