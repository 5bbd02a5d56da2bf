using CareMatch.Bookings.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Pricing;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Payments.Visits;

/// <summary>
/// An approved visit is charged for the time given, check-in to check-out in quarter hours, never
/// more than was planned (and held). The money moves on the next run of <see cref="VisitMoneyTask"/>,
/// so a slow Stripe never holds up Bookings' events.
/// </summary>
internal sealed class ChargeApprovedVisit(IModuleSender sender, PaymentsDbContext db, VisitPayments payments, FeeSettings fees, IClock clock)
    : INotificationHandler<VisitApproved>
{
    public async ValueTask Handle(VisitApproved notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(ChargeApprovedVisit), clock, async ct =>
        {
            if (await sender.Send(new GetVisitForPayment(notification.VisitId), ct) is not { CheckedInAt: { } checkedIn, CheckedOutAt: { } checkedOut } visit) return;
            var payment = await payments.FindOrOpenAsync(visit, ct);
            var given = QuarterHours.Between(checkedIn, checkedOut).AtMost(payment.PlannedHours);
            payment.Decide(CarePricing.ForCare(visit.HourlyRatePence, given, fees), Contracts.ChargeKind.CareGiven, clock.UtcNow);
            payment.Stamp();
        }, cancellationToken);
}
