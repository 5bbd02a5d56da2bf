using CareMatch.Accounts.Contracts;
using CareMatch.Matching.Contracts;
using CareMatch.Matching.Persistence;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.PersonalData;

/// <summary>
/// Forgets a deleted person: a seeker's tracked requests and the job alerts carers were sent
/// about them; a carer's alerts, track record and reply times. Delivered messages naming them go too.
/// Each event is handled once (and doing it again would change nothing).
/// </summary>
internal sealed class ForgetDeletedPeople(MatchingDbContext db, IClock clock) :
    INotificationHandler<AccountDeleted>,
    INotificationHandler<CarerProfileDeleted>
{
    public async ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(ForgetDeletedPeople)}.{nameof(AccountDeleted)}", clock, async ct =>
        {
            var requests = db.TrackedRequests.Where(r => r.SeekerUserId == notification.UserId).Select(r => r.RequestId);
            await db.JobAlerts.Where(a => requests.Contains(a.RequestId)).ExecuteDeleteAsync(ct);
            await db.TrackedRequests.Where(r => r.SeekerUserId == notification.UserId).ExecuteDeleteAsync(ct);
            await db.ForgetDeliveredMessagesAboutAsync([notification.UserId], except: null, ct);
        }, cancellationToken);

    public async ValueTask Handle(CarerProfileDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(ForgetDeletedPeople)}.{nameof(CarerProfileDeleted)}", clock, async ct =>
        {
            await db.JobAlerts.Where(a => a.CarerProfileId == notification.ProfileId).ExecuteDeleteAsync(ct);
            await db.TrackRecords.Where(r => r.CarerProfileId == notification.ProfileId).ExecuteDeleteAsync(ct);
            await db.InvitationReplies.Where(r => r.CarerProfileId == notification.ProfileId).ExecuteDeleteAsync(ct);
        }, cancellationToken);
}
