using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;

namespace CareMatch.Bookings.Offers;

/// <summary>A bookable carer applies to an open request; requests that are not open are not found.</summary>
internal sealed class ApplyToRequestHandler(IModuleSender sender, BookingsDbContext db, OfferSettings settings, IClock clock)
    : ICommandHandler<ApplyToRequest, Guid>
{
    public async ValueTask<Guid> Handle(ApplyToRequest command, CancellationToken cancellationToken)
    {
        var profile = await sender.Send(new GetMyCarerProfile(), cancellationToken);
        if (profile is not { Bookable: true }) throw Refusal.Whole("You can apply for jobs once your profile is complete and your checks are verified.");
        var request = await sender.Send(new GetCareRequestForBooking(command.RequestId), cancellationToken);
        if (request is not { Status: CareRequestStatus.Open }) throw new NotFoundException($"No open request {command.RequestId}.");
        var carer = await sender.Send(new GetPublicCarerProfile(profile.ProfileId), cancellationToken);
        var now = clock.UtcNow;
        if (await OfferRules.HasPendingAsync(db, command.RequestId, profile.ProfileId, now, cancellationToken))
        {
            throw Refusal.Whole("You have already applied for this job, or been invited to it; see your offers.");
        }

        var offer = Offer.Send(OfferKind.Application, request.RequestId, request.SeekerUserId, carer.ProfileId, carer.DisplayName, request.Sector, OfferRules.Tidy(command.Message), now, settings.Lifetime);
        db.Offers.Add(offer);
        db.AddIntegrationEvent(new OfferSent(offer.Id, offer.Kind, offer.RequestId, offer.SeekerUserId, offer.CarerProfileId, offer.CarerName, offer.Sector, offer.ExpiresAt) { OccurredAt = now });
        db.AddIntegrationEvent(new CarerResponded(offer.RequestId) { OccurredAt = now });
        return offer.Id;
    }
}
