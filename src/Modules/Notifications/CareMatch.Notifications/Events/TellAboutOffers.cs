using CareMatch.Bookings.Contracts;
using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Delivery;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Notifications.Events;

/// <summary>
/// An invitation tells the carer; an application tells the family; an answer tells whoever sent
/// the offer. Requests are named only by where they are answered: their details stay on the pages
/// that check who is looking.
/// </summary>
internal sealed class TellAboutOffers(TellOnce once, Recipients recipients) :
    INotificationHandler<OfferSent>,
    INotificationHandler<OfferAnswered>
{
    public async ValueTask Handle(OfferSent notification, CancellationToken cancellationToken) =>
        await once.AboutAsync(notification, nameof(TellAboutOffers), async (notifier, ct) =>
        {
            var carer = await recipients.CarerAsync(notification.CarerProfileId, ct);
            var answerBy = TimeWords.DateTime(notification.ExpiresAt);
            if (notification.Kind == OfferKind.Invitation)
            {
                if (carer is null) return;
                await notifier.TellAsync(carer.UserId, NotificationKind.Offer,
                    "A family invited you to care for them",
                    $"A family would like you to care for them. Read their request and accept or decline it by {answerBy}.",
                    OfferLinks.Carer, ct);
            }
            else
            {
                await notifier.TellAsync(notification.SeekerUserId, NotificationKind.Offer,
                    $"{Recipients.NameOf(carer)} applied to your care request",
                    $"{Recipients.NameOf(carer)} would like to care for you. Read their profile and accept or decline by {answerBy}.",
                    OfferLinks.Seeker(notification.RequestId), ct);
            }
        }, cancellationToken);

    public async ValueTask Handle(OfferAnswered notification, CancellationToken cancellationToken) =>
        await once.AboutAsync(notification, nameof(TellAboutOffers), async (notifier, ct) =>
        {
            var carer = await recipients.CarerAsync(notification.CarerProfileId, ct);
            var answer = notification.Accepted ? "accepted" : "declined";
            if (notification.Kind == OfferKind.Invitation)
            {
                await notifier.TellAsync(notification.SeekerUserId, NotificationKind.OfferAnswer,
                    $"{Recipients.NameOf(carer)} {answer} your invitation",
                    notification.Accepted
                        ? $"{Recipients.NameOf(carer)} accepted your invitation, so your care is booked."
                        : $"{Recipients.NameOf(carer)} cannot take on your care. You can invite other carers from your shortlist.",
                    OfferLinks.Seeker(notification.RequestId), ct);
            }
            else if (carer is not null)
            {
                await notifier.TellAsync(carer.UserId, NotificationKind.OfferAnswer,
                    $"The family {answer} your application",
                    notification.Accepted
                        ? "The family accepted your application, so the care is booked with you."
                        : "The family chose not to go ahead with your application. Other jobs that fit you are on your jobs page.",
                    OfferLinks.Carer, ct);
            }
        }, cancellationToken);
}
