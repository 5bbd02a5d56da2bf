using CareMatch.Bookings.Contracts;
using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Matching.Responsiveness;

/// <summary>
/// Keeps when each invitation was sent and when the carer answered it. Applications are not
/// replies (the carer wrote first), and a family's answer to an application says nothing of
/// how quickly the carer answers.
/// </summary>
internal sealed class RecordInvitationReplies(MatchingDbContext db, IClock clock) : INotificationHandler<OfferAnswered>
{
    public async ValueTask Handle(OfferAnswered notification, CancellationToken cancellationToken)
    {
        if (notification.Kind != OfferKind.Invitation) return;
        await db.HandleOnceAsync(notification, nameof(RecordInvitationReplies), clock, ct =>
        {
            db.InvitationReplies.Add(InvitationReply.Of(notification.OfferId, notification.CarerProfileId, notification.SentAt, notification.OccurredAt));
            return Task.CompletedTask;
        }, cancellationToken);
    }
}
