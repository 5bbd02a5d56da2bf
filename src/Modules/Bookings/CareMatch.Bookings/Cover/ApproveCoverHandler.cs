using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.Bookings.Visits;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Cover;

/// <summary>The seeker (or someone acting for them) approves the volunteer: a visit is booked with them, which the database may still refuse if they are busy then.</summary>
internal sealed class ApproveCoverHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<ApproveCover>
{
    public async ValueTask<Unit> Handle(ApproveCover command, CancellationToken cancellationToken)
    {
        var cover = await CoverRules.LoadForSeekerAsync(db, party, command.CoverRequestId, cancellationToken);
        var now = clock.UtcNow;
        if (!cover.CanDecide(now)) throw Refusal.Whole("There is no offer to cover this visit to approve.");
        var volunteer = cover.VolunteerName!;
        var visit = Visit.Cover(cover.BookingId, cover.VolunteerProfileId!.Value, volunteer, cover.StartsAt, cover.EndsAt);
        db.Visits.Add(visit);
        cover.Filled(visit.Id);
        db.AddIntegrationEvent(new VisitsScheduled(cover.BookingId, visit.CarerProfileId, 1) { OccurredAt = now });
        db.FamilyDid(party, cover.RequestId, $"Approved {volunteer} to cover the visit on {TimeWords.DateTime(cover.StartsAt)}", now);
        db.AddIntegrationEvent(new CoverFilled(cover.VisitId, visit.Id, cover.BookingId, visit.CarerProfileId, now - cover.CreatedAt) { OccurredAt = now });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException refused) when (refused.IsOverlappingVisit())
        {
            db.ChangeTracker.Clear();
            var reloaded = await db.CoverRequests.SingleAsync(c => c.Id == command.CoverRequestId, cancellationToken);
            reloaded.BackToSearching(now);
            await db.SaveChangesAsync(cancellationToken);
            throw Refusal.Whole($"{volunteer} is now busy at that time, so we are asking other carers.");
        }

        return Unit.Value;
    }
}
