using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Cover;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Bookings.Visits;

/// <summary>
/// Either side cancels one visit that has not started; who and how late travel in the event.
/// When the carer cancels, the search for cover starts at once with its first wave.
/// </summary>
internal sealed class CancelVisitHandler(CurrentParty party, BookingsDbContext db, CoverCascade cascade, IClock clock) : ICommandHandler<CancelVisit>
{
    public async ValueTask<Unit> Handle(CancelVisit command, CancellationToken cancellationToken)
    {
        var (visit, booking, side) = await VisitAccess.LoadAsync(db, party, command.VisitId, cancellationToken);
        var now = clock.UtcNow;
        var by = side == OfferParty.Seeker ? CancelledBy.Seeker : CancelledBy.Carer;
        visit.Cancel(by, OfferRules.Tidy(command.Reason), now);
        if (by == CancelledBy.Seeker) db.FamilyDid(party, booking.RequestId, $"Cancelled {FamilyHistory.TheVisit(visit, booking)}", now);
        var coverSought = by == CancelledBy.Carer && booking.Active;
        db.AddIntegrationEvent(new VisitCancelled(visit.Id, booking.Id, visit.CarerProfileId, by, visit.StartsAt - now, visit.LateCancellation, coverSought, visit.PlannedMinutes) { OccurredAt = now });
        if (coverSought)
        {
            var cover = CoverRequest.For(visit.Id, booking.Id, booking.RequestId, booking.SeekerUserId, visit.CarerProfileId, booking.Sector, visit.StartsAt, visit.EndsAt, now);
            db.CoverRequests.Add(cover);
            await cascade.SendWaveAsync(cover, now, cancellationToken);
        }

        return Unit.Value;
    }
}
