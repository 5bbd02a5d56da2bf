using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Handover;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Visits;

internal sealed class GetVisitHandler(IModuleSender sender, CurrentParty party, BookingsDbContext db, VisitSettings settings, IClock clock) : IQueryHandler<GetVisit, VisitView>
{
    public async ValueTask<VisitView> Handle(GetVisit query, CancellationToken cancellationToken)
    {
        var (visit, booking, side) = await VisitAccess.LoadAsync(db, party, query.VisitId, cancellationToken);
        var now = clock.UtcNow;
        var view = visit.ViewFor(booking, side, now, settings);
        if (side == OfferParty.Carer)
        {
            return view with
            {
                ForCarer = await PrivateDetails.ForCarerAsync(sender, booking, cancellationToken),
                HandoverCardToOpen = await CoverCheckIn.CardStillToOpenAsync(db, visit, booking, cancellationToken),
            };
        }

        if (side != OfferParty.Seeker) return view;
        var cover = await db.CoverRequests.AsNoTracking().SingleOrDefaultAsync(c => c.VisitId == visit.Id, cancellationToken);
        if (cover is null) return view;
        var asked = await db.CoverOffers.CountAsync(o => o.CoverRequestId == cover.Id, cancellationToken);
        return view with { Cover = new CoverView(cover.Id, cover.Status, asked, cover.VolunteerName, cover.CoverVisitId, cover.CanDecide(now)) };
    }
}
