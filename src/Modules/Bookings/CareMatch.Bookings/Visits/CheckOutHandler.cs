using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Bookings.Visits;

internal sealed class CheckOutHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<CheckOut>
{
    public async ValueTask<Unit> Handle(CheckOut command, CancellationToken cancellationToken)
    {
        var (visit, booking, side) = await VisitAccess.LoadAsync(db, party, command.VisitId, cancellationToken);
        if (side != OfferParty.Carer) throw new AccessDeniedException("Only the carer checks out.");
        var now = clock.UtcNow;
        visit.CheckOut(OfferRules.Tidy(command.Notes), now);
        db.AddIntegrationEvent(new VisitCompleted(visit.Id, booking.Id, visit.CarerProfileId, visit.CheckedInAt!.Value, now, visit.StartsAt) { OccurredAt = now });
        return Unit.Value;
    }
}
