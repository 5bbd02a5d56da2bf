using CareMatch.Bookings.Contracts;
using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Delivery;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Notifications.Events;

/// <summary>A carer asked to cover a visit is told where and when, and where to answer.</summary>
internal sealed class TellAboutCover(TellOnce once, Recipients recipients) : INotificationHandler<CoverRequested>
{
    public const string CoverPage = "/Carer/Cover";

    public async ValueTask Handle(CoverRequested notification, CancellationToken cancellationToken) =>
        await once.AboutAsync(notification, nameof(TellAboutCover), async (notifier, ct) =>
        {
            if (await recipients.CarerAsync(notification.CarerProfileId, ct) is not { } carer) return;
            var when = TimeWords.DateTime(notification.StartsAt);
            await notifier.TellAsync(carer.UserId, NotificationKind.CoverRequest, $"Can you cover a visit on {when}?",
                $"A carer cannot come to a visit in {notification.Sector} on {when} until {TimeWords.Time(notification.EndsAt)}. If you can step in, say so on your cover page: the first carer to offer, once the family agrees, goes.",
                CoverPage, ct);
        }, cancellationToken);
}
