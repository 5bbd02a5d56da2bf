using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Delivery;
using CareMatch.Payments.Contracts;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Notifications.Events;

/// <summary>
/// A payment that needs a person tells the one who can fix it: the family for their card, the
/// carer for their payout account. Each problem's one fix is on the page linked.
/// </summary>
internal sealed class TellAboutPayments(TellOnce once, Recipients recipients) : INotificationHandler<PaymentNeedsAttention>
{
    public async ValueTask Handle(PaymentNeedsAttention notification, CancellationToken cancellationToken) =>
        await once.AboutAsync(notification, nameof(TellAboutPayments), async (notifier, ct) =>
        {
            var when = TimeWords.DateTime(notification.StartsAt);
            if (notification.Problem == PaymentProblem.CarerCannotBePaid)
            {
                if (await recipients.CarerAsync(notification.CarerProfileId, ct) is not { } carer) return;
                await notifier.TellAsync(carer.UserId, NotificationKind.PaymentAttention, "We cannot pay you yet",
                    $"We cannot pay you for the visit on {when} until your payout account can take payments. Check it on your payouts page.",
                    "/Carer/Payouts", ct);
                return;
            }

            var (title, body, link) = notification.Problem switch
            {
                PaymentProblem.NoCard => ("Add a card for your next visit",
                    $"There is no card to pay for the visit on {when}. Add one so the visit can go ahead.", "/Seeker/Card"),
                PaymentProblem.BankWantsTheSeeker => ("Your bank wants you to confirm a payment",
                    $"Your bank asked you to confirm the payment for the visit on {when}. Open the visit to confirm it.", $"/Visits/{notification.VisitId}"),
                _ => ("Your card was declined",
                    $"Your card was declined for the visit on {when}. Check it with your bank, or add another card.", "/Seeker/Card"),
            };
            await notifier.TellAsync(notification.SeekerUserId, NotificationKind.PaymentAttention, title, body, link, ct);
        }, cancellationToken);
}
