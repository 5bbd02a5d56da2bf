using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.Bookings.Visits;
using CareMatch.Needs.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Offers;

/// <summary>
/// Books the request with this offer's carer: the booking, its first four weeks of visits, the
/// offer accepted, every other pending offer on the request marked taken and the
/// <see cref="BookingConfirmed"/> event, all in one SaveChanges.
/// </summary>
/// <remarks>
/// The checks here give clear answers in the ordinary case, but under a race only the database
/// decides: its unique key on the request refuses a second booking, and its overlap rule
/// refuses visits that clash with the carer's other bookings. Either refusal becomes a message
/// for the person, never a 500, and nothing of the losing attempt is saved.
/// </remarks>
internal sealed class AcceptOfferHandler(IModuleSender sender, CurrentParty party, BookingsDbContext db, IClock clock)
    : ICommandHandler<AcceptOffer, Guid>
{
    public async ValueTask<Guid> Handle(AcceptOffer command, CancellationToken cancellationToken)
    {
        var offer = await db.Offers.SingleOrDefaultAsync(o => o.Id == command.OfferId, cancellationToken)
            ?? throw new NotFoundException($"No offer {command.OfferId}.");
        var side = await party.SideOfAsync(offer.SeekerUserId, offer.RequestId, offer.CarerProfileId, cancellationToken);
        if (side == OfferParty.None) throw new NotFoundException($"No offer {command.OfferId}.");
        if (!offer.IsAnsweredBy(side)) throw new AccessDeniedException("Only the person an offer was sent to can accept it.");
        var now = clock.UtcNow;
        if (offer.WhyClosed(now) is { } closed) throw Refusal.Whole(closed);

        var request = await sender.Send(new GetCareRequestForBooking(offer.RequestId), cancellationToken)
            ?? throw new NotFoundException($"No request {offer.RequestId}.");
        if (request.Status == CareRequestStatus.Booked) throw Refusal.Whole(Offer.AlreadyTaken);
        if (request.Status != CareRequestStatus.Open) throw Refusal.Whole("This request is no longer open, so it cannot be booked.");
        PublicCarerProfile carer;
        try
        {
            carer = await sender.Send(new GetPublicCarerProfile(offer.CarerProfileId), cancellationToken);
        }
        catch (NotFoundException)
        {
            throw Refusal.Whole($"{offer.CarerName} cannot be booked at the moment: their checks need renewing.");
        }

        var booking = Booking.Confirm(request.RequestId, request.SeekerUserId, carer.ProfileId, carer.DisplayName, request.Sector, carer.HourlyRatePence, now);
        db.Bookings.Add(booking);
        VisitHorizon.Extend(db, booking, request.When, clock.Today(), now);
        offer.Accept(booking.Id, now);
        foreach (var other in await db.Offers.Where(o => o.RequestId == offer.RequestId && o.Id != offer.Id && o.Status == OfferStatus.Pending).ToListAsync(cancellationToken))
        {
            other.MarkTaken(now);
        }

        db.AddIntegrationEvent(OfferRules.Answered(offer, accepted: true, now));
        db.AddIntegrationEvent(new BookingConfirmed(booking.Id, booking.RequestId, booking.CarerProfileId, booking.SeekerUserId, booking.HourlyRatePence) { OccurredAt = now });
        // A carer accepting an invitation answers the family; a family accepting an application answers the carer, whose application was the response.
        if (offer.Kind == OfferKind.Invitation) db.AddIntegrationEvent(new CarerResponded(offer.RequestId) { OccurredAt = now });
        if (side == OfferParty.Seeker) db.FamilyDid(party, offer.RequestId, $"Accepted the application from {offer.CarerName}", now);
        await SaveOrExplainAsync(offer.CarerName, cancellationToken);
        return booking.Id;
    }

    private async Task SaveOrExplainAsync(string carerName, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException refused) when (refused.IsRequestAlreadyBooked())
        {
            db.ChangeTracker.Clear();
            throw Refusal.Whole(Offer.AlreadyTaken);
        }
        catch (DbUpdateException refused) when (refused.IsOverlappingVisit())
        {
            db.ChangeTracker.Clear();
            throw Refusal.Whole($"{carerName} already has a visit at one of these times, so this booking cannot go ahead.");
        }
    }
}
