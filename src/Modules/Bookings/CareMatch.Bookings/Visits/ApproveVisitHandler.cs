using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Bookings.Visits;

/// <summary>Only the booking's family (its seeker, or someone acting for them) approves a completed visit.</summary>
internal sealed class ApproveVisitHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<ApproveVisit>
{
    public async ValueTask<Unit> Handle(ApproveVisit command, CancellationToken cancellationToken)
    {
        var (visit, booking, side) = await VisitAccess.LoadAsync(db, party, command.VisitId, cancellationToken);
        if (side != OfferParty.Seeker) throw new AccessDeniedException("Only the person receiving care approves a visit.");
        var now = clock.UtcNow;
        visit.Approve(automatically: false, now);
        db.AddIntegrationEvent(new VisitApproved(visit.Id, booking.Id, visit.CarerProfileId, Automatically: false) { OccurredAt = now });
        db.FamilyDid(party, booking.RequestId, $"Approved {FamilyHistory.TheVisit(visit, booking)}", now);
        return Unit.Value;
    }
}
