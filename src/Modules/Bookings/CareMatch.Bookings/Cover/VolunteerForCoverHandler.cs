using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Cover;

/// <summary>
/// A carer who was asked offers to cover. The cover request's version token makes the first
/// volunteer win when several press at once; the others are told someone got there first.
/// </summary>
internal sealed class VolunteerForCoverHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<VolunteerForCover>
{
    public async ValueTask<Unit> Handle(VolunteerForCover command, CancellationToken cancellationToken)
    {
        var profileId = await party.CarerProfileIdAsync(cancellationToken);
        var offer = await db.CoverOffers.SingleOrDefaultAsync(o => o.Id == command.CoverOfferId && o.CarerProfileId == profileId, cancellationToken)
            ?? throw new NotFoundException($"No cover offer {command.CoverOfferId}.");
        var cover = await db.CoverRequests.SingleAsync(c => c.Id == offer.CoverRequestId, cancellationToken);
        var now = clock.UtcNow;
        if (CoverRules.WhyClosed(cover, offer, now) is { } closed) throw Refusal.Whole(closed);
        offer.Volunteer();
        cover.Volunteer(offer.CarerProfileId, offer.CarerName);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            throw Refusal.Whole(CoverRules.SomeoneElseFirst);
        }

        return Unit.Value;
    }
}
