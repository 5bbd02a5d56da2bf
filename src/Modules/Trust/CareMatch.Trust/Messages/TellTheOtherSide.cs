using CareMatch.Notifications.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Mediator;

namespace CareMatch.Trust.Messages;

/// <summary>
/// Tells the other side of a thread that a message is waiting, by inbox and (unless they turned
/// message emails off) email. Only who and where: the words may hold details masked on the page.
/// </summary>
internal sealed class TellTheOtherSide(TrustDbContext db, IModuleSender sender, IClock clock) : INotificationHandler<MessageWritten>
{
    public async ValueTask Handle(MessageWritten notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(TellTheOtherSide), clock, async ct =>
        {
            var recipient = notification.ByCarer
                ? notification.SeekerUserId
                : (await sender.Send(new GetCarerContact(notification.CarerProfileId), ct))?.UserId;
            if (recipient is null) return;
            var from = notification.ByCarer ? notification.CarerName : "the family";
            await sender.Send(new Notify(
                recipient,
                NotificationKind.Message,
                $"New message from {from}",
                $"{(notification.ByCarer ? notification.CarerName : "The family")} wrote to you about care in {notification.Sector}. Read and answer it on CareMatch.",
                $"/Messages/{notification.RequestId}/{notification.CarerProfileId}"), ct);
        }, cancellationToken);
}
