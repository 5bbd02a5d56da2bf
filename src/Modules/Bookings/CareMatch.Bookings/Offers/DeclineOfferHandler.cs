using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;

namespace CareMatch.Bookings.Offers;

/// <summary>The side an offer was sent to says no.</summary>
internal sealed class DeclineOfferHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<DeclineOffer>
{
    public async ValueTask<Unit> Handle(DeclineOffer command, CancellationToken cancellationToken)
    {
        var (offer, side) = await OfferAccess.LoadAsync(db, party, command.OfferId, cancellationToken);
        if (!offer.IsAnsweredBy(side)) throw new AccessDeniedException("Only the person an offer was sent to can decline it.");
        var now = clock.UtcNow;
        if (offer.WhyClosed(now) is { } closed) throw Refusal.Whole(closed);
        offer.Decline(OfferRules.Tidy(command.Reason), now);
        db.AddIntegrationEvent(OfferRules.Answered(offer, accepted: false, now));
        // A carer saying no to an invitation is still an answer the family gets; a family declining an application is not a carer's.
        if (offer.Kind == OfferKind.Invitation) db.AddIntegrationEvent(new CarerResponded(offer.RequestId) { OccurredAt = now });
        if (side == OfferParty.Seeker) db.FamilyDid(party, offer.RequestId, $"Declined the application from {offer.CarerName}", now);
        return Unit.Value;
    }
}
