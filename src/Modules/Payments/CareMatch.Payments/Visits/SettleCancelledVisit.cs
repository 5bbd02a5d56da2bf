using CareMatch.Bookings.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Pricing;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Visits;

/// <summary>
/// A seeker's late cancellation (as Bookings marks it) is charged the configured share of the
/// planned care, and the carer paid their part of it; any other cancellation gives the hold back.
/// </summary>
internal sealed class SettleCancelledVisit(IModuleSender sender, PaymentsDbContext db, VisitPayments payments, FeeSettings fees, IClock clock)
    : INotificationHandler<VisitCancelled>
{
    public async ValueTask Handle(VisitCancelled notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(SettleCancelledVisit), clock, async ct =>
        {
            if (notification is { Late: true, By: CancelledBy.Seeker })
            {
                if (await sender.Send(new GetVisitForPayment(notification.VisitId), ct) is not { } visit) return;
                var payment = await payments.FindOrOpenAsync(visit, ct);
                payment.Decide(CarePricing.ForLateCancellation(visit.HourlyRatePence, payment.PlannedHours, fees), Contracts.ChargeKind.LateCancellation, clock.UtcNow);
                payment.Stamp();
                return;
            }

            // Nothing is held for a visit too far ahead to have a payment yet, so nothing to give back.
            var held = await db.VisitPayments.SingleOrDefaultAsync(p => p.VisitId == notification.VisitId, ct);
            held?.WantRelease(clock.UtcNow);
            held?.Stamp();
        }, cancellationToken);
}
