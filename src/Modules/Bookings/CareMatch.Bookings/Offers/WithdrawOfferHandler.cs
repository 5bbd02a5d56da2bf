using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;

namespace CareMatch.Bookings.Offers;

/// <summary>The side that sent an offer takes it back while it is pending.</summary>
internal sealed class WithdrawOfferHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<WithdrawOffer>
{
    public async ValueTask<Unit> Handle(WithdrawOffer command, CancellationToken cancellationToken)
    {
        var (offer, side) = await OfferAccess.LoadAsync(db, party, command.OfferId, cancellationToken);
        if (offer.IsAnsweredBy(side)) throw new AccessDeniedException("Only the person who sent an offer can withdraw it.");
        var now = clock.UtcNow;
        if (offer.WhyClosed(now) is { } closed) throw Refusal.Whole(closed);
        offer.Withdraw(now);
        if (side == OfferParty.Seeker) db.FamilyDid(party, offer.RequestId, $"Withdrew the invitation to {offer.CarerName}", now);
        return Unit.Value;
    }
}
