using CareMatch.Accounts.Contracts;
using CareMatch.Notifications.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Notifications.PersonalData;

/// <summary>A deleted account's inbox and email settings go with it. Handled once (and doing it again would change nothing).</summary>
internal sealed class ForgetDeletedPerson(NotificationsDbContext db, IClock clock) : INotificationHandler<AccountDeleted>
{
    public async ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(ForgetDeletedPerson)}.{nameof(AccountDeleted)}", clock, async ct =>
        {
            await db.Notifications.Where(n => n.UserId == notification.UserId).ExecuteDeleteAsync(ct);
            await db.EmailOptOuts.Where(o => o.UserId == notification.UserId).ExecuteDeleteAsync(ct);
            await db.ForgetDeliveredMessagesAboutAsync([notification.UserId], except: null, ct);
        }, cancellationToken);
}
