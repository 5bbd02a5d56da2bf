using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.PersonalData;

/// <summary>
/// Someone invited to act on another family's request deletes their account: their access (name,
/// email) goes, and the history keeps what they did under the deleted stand-in, read as "Someone who has left".
/// Requests the person posted go with their own history and invitations (ForgetDeletedSeeker, by
/// cascade). Handled once.
/// </summary>
internal sealed class ForgetDeletedActingPeople(NeedsDbContext db, IClock clock) : INotificationHandler<AccountDeleted>
{
    public async ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(ForgetDeletedActingPeople), clock, async ct =>
        {
            var userId = notification.UserId;
            await db.RequestAccesses.Where(a => a.UserId == userId).ExecuteDeleteAsync(ct);
            await db.RequestAccesses.Where(a => a.InvitedByUserId == userId).ExecuteUpdateAsync(a => a.SetProperty(x => x.InvitedByUserId, PersonalDataErasure.DeletedUserId), ct);
            await db.RequestAccesses.Where(a => a.EndedByUserId == userId).ExecuteUpdateAsync(a => a.SetProperty(x => x.EndedByUserId, PersonalDataErasure.DeletedUserId), ct);
            await db.RequestActivities.Where(a => a.ActorUserId == userId).ExecuteUpdateAsync(a => a.SetProperty(x => x.ActorUserId, PersonalDataErasure.DeletedUserId), ct);
        }, cancellationToken);
}
