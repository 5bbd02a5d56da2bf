using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.PersonalData;

/// <summary>
/// A thread is between two people; once either has deleted their account it is deleted with
/// its messages (the other side loses it too: its words would name the one who left). Handled
/// once per event; doing it again finds nothing.
/// </summary>
internal sealed class ForgetDeletedPeople(TrustDbContext db, IClock clock) :
    INotificationHandler<AccountDeleted>,
    INotificationHandler<CarerProfileDeleted>
{
    public async ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(ForgetDeletedPeople)}.{nameof(AccountDeleted)}", clock, async ct =>
        {
            var threads = db.Conversations.Where(c => c.SeekerUserId == notification.UserId
                || db.ConversationMessages.Any(m => m.ConversationId == c.Id && m.AuthorUserId == notification.UserId)).Select(c => c.Id);
            await db.ConversationMessages.Where(m => threads.Contains(m.ConversationId)).ExecuteDeleteAsync(ct);
            await db.Conversations.Where(c => c.SeekerUserId == notification.UserId).ExecuteDeleteAsync(ct);
            await db.ForgetDeliveredMessagesAboutAsync([notification.UserId], except: null, ct);
        }, cancellationToken);

    public async ValueTask Handle(CarerProfileDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(ForgetDeletedPeople)}.{nameof(CarerProfileDeleted)}", clock, async ct =>
        {
            var threads = db.Conversations.Where(c => c.CarerProfileId == notification.ProfileId).Select(c => c.Id);
            await db.ConversationMessages.Where(m => threads.Contains(m.ConversationId)).ExecuteDeleteAsync(ct);
            await db.Conversations.Where(c => c.CarerProfileId == notification.ProfileId).ExecuteDeleteAsync(ct);
        }, cancellationToken);
}
