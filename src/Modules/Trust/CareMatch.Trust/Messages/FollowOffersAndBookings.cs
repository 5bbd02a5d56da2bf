using CareMatch.Bookings.Contracts;
using CareMatch.SharedKernel.Events;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Messages;

/// <summary>
/// An invitation or application opens the pair's thread (once, however many offers follow);
/// a confirmed booking between them lifts the masking of contact details in it. Every booking
/// comes from an offer, so its thread exists; were the events ever to arrive the other way
/// round, the booking opens the thread and the offer fills in its names.
/// </summary>
internal sealed class FollowOffersAndBookings(TrustDbContext db, IClock clock) :
    INotificationHandler<OfferSent>,
    INotificationHandler<BookingConfirmed>
{
    public async ValueTask Handle(OfferSent notification, CancellationToken cancellationToken) =>
        await ForPairAsync(notification, notification.RequestId, notification.SeekerUserId, notification.CarerProfileId,
            conversation => conversation.Describe(notification.CarerName, notification.Sector), cancellationToken);

    public async ValueTask Handle(BookingConfirmed notification, CancellationToken cancellationToken) =>
        await ForPairAsync(notification, notification.RequestId, notification.SeekerUserId, notification.CarerProfileId,
            conversation => conversation.MarkBooked(notification.BookingId, notification.OccurredAt), cancellationToken);

    private async Task ForPairAsync(IntegrationEvent notification, Guid requestId, string seekerUserId, Guid carerProfileId, Action<Conversation> change, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(FollowOffersAndBookings)}.{notification.GetType().Name}", clock, async ct =>
        {
            var conversation = await db.Conversations.SingleOrDefaultAsync(c => c.RequestId == requestId && c.CarerProfileId == carerProfileId, ct);
            if (conversation is null)
            {
                conversation = Conversation.Open(requestId, seekerUserId, carerProfileId, notification.OccurredAt);
                db.Conversations.Add(conversation);
            }

            change(conversation);
        }, cancellationToken);
}
