using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Offers;

internal sealed class DeclineOfferValidator : AbstractValidator<DeclineOffer>
{
    public DeclineOfferValidator() =>
        RuleFor(c => c.Reason).MaximumLength(500).WithMessage("Your reason must be 500 characters or fewer");
}

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
        return Unit.Value;
    }
}

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
        return Unit.Value;
    }
}

internal static class OfferAccess
{
    /// <summary>The offer and the viewer's side of it; anyone who is neither side gets not found.</summary>
    public static async Task<(Offer Offer, OfferParty Side)> LoadAsync(BookingsDbContext db, CurrentParty party, Guid offerId, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.SingleOrDefaultAsync(o => o.Id == offerId, cancellationToken) ?? throw new NotFoundException($"No offer {offerId}.");
        var side = await party.SideOfAsync(offer.SeekerUserId, offer.CarerProfileId, cancellationToken);
        return side == OfferParty.None ? throw new NotFoundException($"No offer {offerId}.") : (offer, side);
    }
}
