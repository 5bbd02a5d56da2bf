using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Cover;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Visits;

internal sealed class CheckOutValidator : AbstractValidator<CheckOut>
{
    public CheckOutValidator() => RuleFor(c => c.Notes).MaximumLength(2000).WithMessage("Notes must be 2,000 characters or fewer");
}

internal sealed class CancelVisitValidator : AbstractValidator<CancelVisit>
{
    public CancelVisitValidator() => RuleFor(c => c.Reason).MaximumLength(500).WithMessage("Your reason must be 500 characters or fewer");
}

internal sealed class EndBookingValidator : AbstractValidator<EndBooking>
{
    public EndBookingValidator() => RuleFor(c => c.Reason).MaximumLength(500).WithMessage("Your reason must be 500 characters or fewer");
}

/// <summary>Only the visit's carer checks in; the seeker gets 403, anyone else 404.</summary>
internal sealed class CheckInHandler(CurrentParty party, BookingsDbContext db, VisitSettings settings, IClock clock) : ICommandHandler<CheckIn>
{
    public async ValueTask<Unit> Handle(CheckIn command, CancellationToken cancellationToken)
    {
        var (visit, _, side) = await VisitAccess.LoadAsync(db, party, command.VisitId, cancellationToken);
        if (side != OfferParty.Carer) throw new AccessDeniedException("Only the carer checks in.");
        visit.CheckIn(clock.UtcNow, settings);
        return Unit.Value;
    }
}

internal sealed class CheckOutHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<CheckOut>
{
    public async ValueTask<Unit> Handle(CheckOut command, CancellationToken cancellationToken)
    {
        var (visit, booking, side) = await VisitAccess.LoadAsync(db, party, command.VisitId, cancellationToken);
        if (side != OfferParty.Carer) throw new AccessDeniedException("Only the carer checks out.");
        var now = clock.UtcNow;
        visit.CheckOut(OfferRules.Tidy(command.Notes), now);
        db.AddIntegrationEvent(new VisitCompleted(visit.Id, booking.Id, visit.CarerProfileId, visit.CheckedInAt!.Value, now) { OccurredAt = now });
        return Unit.Value;
    }
}

/// <summary>Only the booking's seeker approves a completed visit.</summary>
internal sealed class ApproveVisitHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<ApproveVisit>
{
    public async ValueTask<Unit> Handle(ApproveVisit command, CancellationToken cancellationToken)
    {
        var (visit, booking, side) = await VisitAccess.LoadAsync(db, party, command.VisitId, cancellationToken);
        if (side != OfferParty.Seeker) throw new AccessDeniedException("Only the person receiving care approves a visit.");
        var now = clock.UtcNow;
        visit.Approve(automatically: false, now);
        db.AddIntegrationEvent(new VisitApproved(visit.Id, booking.Id, visit.CarerProfileId, Automatically: false) { OccurredAt = now });
        return Unit.Value;
    }
}

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
        db.AddIntegrationEvent(new VisitCancelled(visit.Id, booking.Id, visit.CarerProfileId, by, visit.StartsAt - now, visit.LateCancellation) { OccurredAt = now });
        if (by == CancelledBy.Carer && booking.Active)
        {
            var cover = CoverRequest.For(visit.Id, booking.Id, booking.RequestId, booking.SeekerUserId, visit.CarerProfileId, booking.Sector, visit.StartsAt, visit.EndsAt, now);
            db.CoverRequests.Add(cover);
            await cascade.SendWaveAsync(cover, now, cancellationToken);
        }

        return Unit.Value;
    }
}

/// <summary>Either side ends the booking: every visit still to come is cancelled by them, and Needs closes the request.</summary>
internal sealed class EndBookingHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<EndBooking>
{
    public async ValueTask<Unit> Handle(EndBooking command, CancellationToken cancellationToken)
    {
        var (booking, side) = await VisitAccess.LoadBookingAsync(db, party, command.BookingId, cancellationToken);
        if (!booking.Active) return Unit.Value;
        var now = clock.UtcNow;
        var by = side == OfferParty.Seeker ? CancelledBy.Seeker : CancelledBy.Carer;
        var reason = OfferRules.Tidy(command.Reason) ?? $"Ended by the {by.ToString().ToLowerInvariant()}";
        await BookingEnding.EndAsync(db, booking, by, reason, now, cancellationToken);
        return Unit.Value;
    }
}

/// <summary>Ending a booking: every visit still to come is cancelled by that side, and Needs hears the booking ended.</summary>
internal static class BookingEnding
{
    public static async Task EndAsync(BookingsDbContext db, Booking booking, CancelledBy by, string reason, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (!booking.Active) return;
        foreach (var visit in await db.Visits.Where(v => v.BookingId == booking.Id && v.Status == VisitStatus.Scheduled).ToListAsync(cancellationToken))
        {
            if (!visit.CanCancel(now)) continue;
            visit.Cancel(by, reason, now);
            db.AddIntegrationEvent(new VisitCancelled(visit.Id, booking.Id, visit.CarerProfileId, by, visit.StartsAt - now, visit.LateCancellation) { OccurredAt = now });
        }

        booking.End(reason, now);
        db.AddIntegrationEvent(new BookingEnded(booking.Id, booking.RequestId, booking.CarerProfileId, reason) { OccurredAt = now });
    }
}
