using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Accounts.PersonalData;

/// <summary>
/// Identity's own rows (the user, their roles, claims, logins, tokens) go with the user when
/// the account is deleted. What is left here naming them is this module's delivered outbox
/// messages (UserRegistered carries the email): they are deleted now, and the deletion
/// message itself once it has been delivered to everyone (<see cref="AccountDeletionDelivered"/>,
/// which is published after it, in order, and carries no user id).
/// </summary>
internal sealed class ForgetDeletedAccount(AccountsDbContext db, IClock clock) :
    INotificationHandler<AccountDeleted>,
    INotificationHandler<AccountDeletionDelivered>
{
    public async ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(ForgetDeletedAccount)}.Deleted", clock, async ct =>
        {
            await db.ForgetDeliveredMessagesAboutAsync([notification.UserId], except: notification.EventId, ct);
            db.AddIntegrationEvent(new AccountDeletionDelivered(notification.EventId) { OccurredAt = clock.UtcNow });
        }, cancellationToken);

    public async ValueTask Handle(AccountDeletionDelivered notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(ForgetDeletedAccount)}.Delivered", clock, async ct =>
        {
            // Only once delivered: a deletion still waiting for a consumer that failed is kept,
            // so it reaches every module (that rare message then keeps the bare id).
            await db.Set<OutboxMessage>()
                .Where(m => m.Id == notification.DeletionEventId && m.ProcessedAt != null)
                .ExecuteDeleteAsync(ct);
        }, cancellationToken);
}
