using CareMatch.Payments.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Outbox;

namespace CareMatch.Payments.Visits;

/// <summary>Tells the person who can fix a payment's problem, once per new problem: the hourly retries of the same one stay quiet.</summary>
internal static class PaymentAttention
{
    public static void TellIfNew(PaymentsDbContext db, VisitPayment payment, PaymentProblem problem, DateTimeOffset now)
    {
        if (payment.Problem == problem) return;
        db.AddIntegrationEvent(new PaymentNeedsAttention(payment.VisitId, payment.SeekerUserId, payment.CarerProfileId, payment.StartsAt, problem) { OccurredAt = now });
    }
}
