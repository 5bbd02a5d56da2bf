using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;

namespace CareMatch.Bookings.Offers;

/// <summary>
/// A seeker invites a bookable carer to their own open request, or to one they act on for someone.
/// Anyone else's request is not found (Needs checks); a carer who is not bookable is not found either.
/// The invitation is the poster's, whoever sent it: the booking it may become is on their account.
/// </summary>
internal sealed class InviteCarerHandler(IModuleSender sender, CurrentParty party, BookingsDbContext db, OfferSettings settings, IClock clock)
    : ICommandHandler<InviteCarer, Guid>
{
    public async ValueTask<Guid> Handle(InviteCarer command, CancellationToken cancellationToken)
    {
        var request = await sender.Send(new GetMyCareRequest(command.RequestId), cancellationToken);
        if (request.Status != CareRequestStatus.Open) throw Refusal.Whole("You can invite carers only to a published request that is not yet booked.");
        var posterId = (await sender.Send(new GetCareRequestForBooking(command.RequestId), cancellationToken)
            ?? throw new NotFoundException($"No request {command.RequestId}.")).SeekerUserId;
        var carer = await sender.Send(new GetPublicCarerProfile(command.CarerProfileId), cancellationToken);
        var now = clock.UtcNow;
        if (await OfferRules.HasPendingAsync(db, command.RequestId, command.CarerProfileId, now, cancellationToken))
        {
            throw Refusal.Whole($"You have already asked {carer.DisplayName} about this request; wait for their answer.");
        }

        var offer = Offer.Send(OfferKind.Invitation, command.RequestId, posterId, carer.ProfileId, carer.DisplayName, request.Sector, OfferRules.Tidy(command.Message), now, settings.Lifetime);
        db.Offers.Add(offer);
        db.AddIntegrationEvent(new OfferSent(offer.Id, offer.Kind, offer.RequestId, offer.SeekerUserId, offer.CarerProfileId, offer.CarerName, offer.Sector, offer.ExpiresAt) { OccurredAt = now });
        db.FamilyDid(party, offer.RequestId, $"Invited {offer.CarerName}", now);
        return offer.Id;
    }
}
