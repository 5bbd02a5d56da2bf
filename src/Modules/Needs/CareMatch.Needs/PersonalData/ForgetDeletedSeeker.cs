using CareMatch.Accounts.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.Needs.Requests;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.PersonalData;

/// <summary>
/// A deleted seeker's requests are deleted outright: they hold the recipient's name, notes,
/// address and postcode, and nobody else needs them once the seeker has gone (Bookings ends
/// their bookings and keeps its own sector-level history). An open request is closed first so
/// Matching and Commissioning hear that it ended. Delivered Needs messages naming the seeker
/// (CareRequestOpened carries their user id) are deleted too. Handled once.
/// </summary>
internal sealed class ForgetDeletedSeeker(NeedsDbContext db, IClock clock) : INotificationHandler<AccountDeleted>
{
    public async ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, nameof(ForgetDeletedSeeker), clock, async ct =>
        {
            var now = clock.UtcNow;
            var requests = await db.CareRequests.Where(r => r.SeekerUserId == notification.UserId).ToListAsync(ct);
            foreach (var request in requests)
            {
                if (CareRequestLifecycle.CanMove(request.Status, CareRequestStatus.Cancelled) && request.Status != CareRequestStatus.Draft)
                {
                    request.Cancel("The seeker deleted their account", now);
                    db.Ended(request, wasEverOpen: true, now);
                }
                db.CareRequests.Remove(request);
            }
            await db.ForgetDeliveredMessagesAboutAsync([notification.UserId], except: null, ct);
        }, cancellationToken);
}
