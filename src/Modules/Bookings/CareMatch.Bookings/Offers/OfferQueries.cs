using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Offers;

internal sealed class GetOfferHandler(CurrentParty party, BookingsDbContext db, IClock clock) : IQueryHandler<GetOffer, OfferView>
{
    public async ValueTask<OfferView> Handle(GetOffer query, CancellationToken cancellationToken)
    {
        var (offer, side) = await OfferAccess.LoadAsync(db, party, query.OfferId, cancellationToken);
        return offer.ViewFor(side, clock.UtcNow);
    }
}

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

internal sealed class GetOfferLifetimeHandler(OfferSettings settings) : IQueryHandler<GetOfferLifetime, TimeSpan>
{
    public ValueTask<TimeSpan> Handle(GetOfferLifetime query, CancellationToken cancellationToken) => ValueTask.FromResult(settings.Lifetime);
}

internal static class OfferViews
{
    public static OfferView ViewFor(this Offer offer, OfferParty side, DateTimeOffset now)
    {
        var open = offer.IsPending(now);
        var answers = offer.IsAnsweredBy(side);
        var status = offer.Status == OfferStatus.Pending && !open ? OfferStatus.Expired : offer.Status;
        return new OfferView(
            offer.Id, offer.Kind, status, offer.RequestId, offer.Sector, offer.CarerProfileId, offer.CarerName, offer.Message, offer.DeclineReason,
            offer.SentAt, offer.ExpiresAt, offer.BookingId,
            CanAccept: open && answers, CanDecline: open && answers, CanWithdraw: open && !answers, Closed: offer.WhyClosed(now));
    }
}

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
            (offers, side) = (db.Offers.Where(o => o.SeekerUserId == seekerId && o.Kind == OfferKind.Application), OfferParty.Seeker);
        }
        else
        {
            return [];
        }

        var pending = await offers.AsNoTracking().Where(o => o.Status == OfferStatus.Pending && o.ExpiresAt > now).ToListAsync(cancellationToken);
        return pending.OrderBy(o => o.ExpiresAt).Select(o => o.ViewFor(side, now)).ToList();
    }
}
