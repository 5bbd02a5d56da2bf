using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Handover;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Bookings.Visits;

/// <summary>Only the visit's carer checks in; the seeker gets 403, anyone else 404. A carer covering the visit opens the handover card first.</summary>
internal sealed class CheckInHandler(CurrentParty party, BookingsDbContext db, VisitSettings settings, IClock clock) : ICommandHandler<CheckIn>
{
    public async ValueTask<Unit> Handle(CheckIn command, CancellationToken cancellationToken)
    {
        var (visit, booking, side) = await VisitAccess.LoadAsync(db, party, command.VisitId, cancellationToken);
        if (side != OfferParty.Carer) throw new AccessDeniedException("Only the carer checks in.");
        await CoverCheckIn.EnsureCardOpenedAsync(db, visit, booking, cancellationToken);
        visit.CheckIn(clock.UtcNow, settings);
        return Unit.Value;
    }
}
