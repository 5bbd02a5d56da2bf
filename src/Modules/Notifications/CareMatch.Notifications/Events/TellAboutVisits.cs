using CareMatch.Bookings.Contracts;
using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Delivery;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Notifications.Events;

/// <summary>
/// A cancelled visit tells the other side (the family also hears whether cover is being sought);
/// a filled cover tells the carer who is now going; a missed visit tells both. Visits cancelled
/// by ending their booking are told of once, by <see cref="TellAboutBookings"/>.
/// </summary>
internal sealed class TellAboutVisits(TellOnce once, Recipients recipients, IModuleSender sender) :
    INotificationHandler<VisitCancelled>,
    INotificationHandler<CoverFilled>,
    INotificationHandler<VisitMissed>
{
    public async ValueTask Handle(VisitCancelled notification, CancellationToken cancellationToken)
    {
        // Ending a booking cancels every visit still to come: its one "booking has ended" notification
        // says so, rather than one more email for each of up to four weeks of visits.
        if (notification.EndsWithBooking) return;
        await once.AboutAsync(notification, nameof(TellAboutVisits), async (notifier, ct) =>
        {
            if (await sender.Send(new GetVisitForPayment(notification.VisitId), ct) is not { } visit) return;
            var carer = await recipients.CarerAsync(notification.CarerProfileId, ct);
            var when = TimeWords.DateTime(visit.StartsAt);
            var link = $"/Visits/{visit.VisitId}";
            if (notification.By == CancelledBy.Seeker)
            {
                if (carer is null) return;
                await notifier.TellAsync(carer.UserId, NotificationKind.Booking, $"The family cancelled the visit on {when}",
                    $"The family cancelled the visit on {when}, so you do not need to go.", link, ct);
                return;
            }

            var cover = notification.CoverSought ? " We are asking other carers near you to cover it, and will tell you who can." : "";
            await notifier.TellAsync(visit.SeekerUserId, NotificationKind.Booking, $"{Recipients.NameOf(carer)} cancelled the visit on {when}",
                $"{Recipients.NameOf(carer)} cannot come to the visit on {when}.{cover}", link, ct);
        }, cancellationToken);
    }

    public async ValueTask Handle(CoverFilled notification, CancellationToken cancellationToken) =>
        await once.AboutAsync(notification, nameof(TellAboutVisits), async (notifier, ct) =>
        {
            if (await sender.Send(new GetVisitForPayment(notification.CoverVisitId), ct) is not { } visit) return;
            if (await recipients.CarerAsync(visit.CarerProfileId, ct) is not { } carer) return;
            var when = TimeWords.DateTime(visit.StartsAt);
            await notifier.TellAsync(carer.UserId, NotificationKind.Booking, $"You are covering the visit on {when}",
                $"The family accepted your offer to cover the visit on {when}. Where to go is on the visit.", $"/Visits/{visit.VisitId}", ct);
        }, cancellationToken);

    public async ValueTask Handle(VisitMissed notification, CancellationToken cancellationToken) =>
        await once.AboutAsync(notification, nameof(TellAboutVisits), async (notifier, ct) =>
        {
            if (await sender.Send(new GetVisitForPayment(notification.VisitId), ct) is not { } visit) return;
            var when = TimeWords.DateTime(notification.StartsAt);
            var link = $"/Visits/{visit.VisitId}";
            const string Title = "Nobody checked in to a visit";
            // The visit's page has nothing to report with; the booking it leads back to has the messages.
            var body = $"Nobody checked in to the visit on {when}, so it is marked as missed. To talk about what happened, message each other from the booking.";
            await notifier.TellAsync(visit.SeekerUserId, NotificationKind.Booking, Title, body, link, ct);
            if (await recipients.CarerAsync(notification.CarerProfileId, ct) is { } carer)
                await notifier.TellAsync(carer.UserId, NotificationKind.Booking, Title, body, link, ct);
        }, cancellationToken);
}
