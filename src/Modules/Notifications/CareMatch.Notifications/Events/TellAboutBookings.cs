using CareMatch.Bookings.Contracts;
using CareMatch.Notifications.Contracts;
using CareMatch.Notifications.Delivery;
using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Notifications.Events;

/// <summary>A booking confirmed or ended tells both sides.</summary>
internal sealed class TellAboutBookings(TellOnce once, Recipients recipients, IModuleSender sender) :
    INotificationHandler<BookingConfirmed>,
    INotificationHandler<BookingEnded>
{
    public async ValueTask Handle(BookingConfirmed notification, CancellationToken cancellationToken) =>
        await once.AboutAsync(notification, nameof(TellAboutBookings), async (notifier, ct) =>
        {
            var carer = await recipients.CarerAsync(notification.CarerProfileId, ct);
            var link = $"/Bookings/{notification.BookingId}";
            await notifier.TellAsync(notification.SeekerUserId, NotificationKind.Booking,
                $"Your care with {Recipients.NameOf(carer)} is booked",
                $"Your care with {Recipients.NameOf(carer)} is booked. Your visits are listed on the booking.", link, ct);
            if (carer is null) return;
            await notifier.TellAsync(carer.UserId, NotificationKind.Booking,
                "You have a new booking",
                "A family's care is booked with you. The visits, and where to go, are on the booking.", link, ct);
        }, cancellationToken);

    public async ValueTask Handle(BookingEnded notification, CancellationToken cancellationToken) =>
        await once.AboutAsync(notification, nameof(TellAboutBookings), async (notifier, ct) =>
        {
            var link = $"/Bookings/{notification.BookingId}";
            var body = $"The booking has ended and its remaining visits are cancelled. The reason given: {notification.Reason}";
            if (await sender.Send(new FindBookingSeeker(notification.BookingId), ct) is { Length: > 0 } seeker)
                await notifier.TellAsync(seeker, NotificationKind.Booking, "Your booking has ended", body, link, ct);
            if (await recipients.CarerAsync(notification.CarerProfileId, ct) is { } carer)
                await notifier.TellAsync(carer.UserId, NotificationKind.Booking, "A booking of yours has ended", body, link, ct);
        }, cancellationToken);
}
