using CareMatch.Bookings.Contracts;
using CareMatch.Matching.CarerIndexing;
using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Events;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Matching.Responsiveness;

/// <summary>
/// Keeps when each invitation was sent and when the carer answered it, or when it lapsed
/// unanswered (so it counts at its full lifetime: ignoring invitations must not look quicker
/// than declining them). Applications are not replies (the carer wrote first), and a family's
/// answer to an application says nothing of how quickly the carer answers. Invitations the
/// seeker withdrew, or that closed because someone else was booked, were never the carer's to
/// finish answering and are not counted. Each new reply changes the carer's median, so this
/// node's index re-reads them and a <see cref="CarerChange"/> tells every other node to.
/// </summary>
internal sealed class RecordInvitationReplies(MatchingDbContext db, CarerIndexHolder holder, IModuleSender sender, IClock clock) :
    INotificationHandler<OfferAnswered>,
    INotificationHandler<OfferExpired>
{
    public async ValueTask Handle(OfferAnswered notification, CancellationToken cancellationToken)
    {
        if (notification.Kind != OfferKind.Invitation) return;
        await RecordAsync(notification, InvitationReply.Of(notification.OfferId, notification.CarerProfileId, notification.SentAt, notification.OccurredAt), cancellationToken);
    }

    public async ValueTask Handle(OfferExpired notification, CancellationToken cancellationToken)
    {
        if (notification.Kind != OfferKind.Invitation) return;
        await RecordAsync(notification, InvitationReply.Of(notification.OfferId, notification.CarerProfileId, notification.SentAt, notification.ExpiresAt), cancellationToken);
    }

    private async Task RecordAsync(IntegrationEvent notification, InvitationReply reply, CancellationToken cancellationToken)
    {
        await db.HandleOnceAsync(notification, nameof(RecordInvitationReplies), clock, ct =>
        {
            db.InvitationReplies.Add(reply);
            db.CarerChanges.Add(new CarerChange(reply.CarerProfileId, clock.UtcNow));
            return Task.CompletedTask;
        }, cancellationToken);
        await holder.RefreshCarerAsync(sender, reply.CarerProfileId, cancellationToken);
    }
}
