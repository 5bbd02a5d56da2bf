using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.Bookings.Visits;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Handover;

/// <summary>
/// The visit's carer reads the card, and the reading is recorded in the same step, so the seeker's
/// list of openings is exactly who has seen it. Like the address, it is only for an active booking.
/// </summary>
internal sealed class OpenHandoverCardHandler(IModuleSender sender, CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<OpenHandoverCard, HandoverCardForCarer>
{
    public async ValueTask<HandoverCardForCarer> Handle(OpenHandoverCard command, CancellationToken cancellationToken)
    {
        var (visit, booking, side) = await VisitAccess.LoadAsync(db, party, command.VisitId, cancellationToken);
        var caredFor = side == OfferParty.Carer ? await PrivateDetails.ForCarerAsync(sender, booking, cancellationToken) : null;
        if (caredFor is null) throw new NotFoundException($"No handover card for visit {command.VisitId}.");

        var covering = visit.CoverCarerName is not null;
        db.HandoverCardOpenings.Add(new HandoverCardOpening(booking.RequestId, visit.Id, visit.CarerProfileId, visit.CoverCarerName ?? booking.CarerName, covering, clock.UtcNow));
        await db.SaveChangesAsync(cancellationToken);

        var card = await db.HandoverCards.AsNoTracking().SingleOrDefaultAsync(c => c.RequestId == booking.RequestId, cancellationToken);
        return new HandoverCardForCarer(
            visit.Id, caredFor.RecipientFirstName, UkCalendar.ToUkTime(visit.StartsAt), covering, card?.Written ?? false,
            card?.WhatMatters, card?.Routines, card?.Risks, card?.AccessToHome);
    }
}
