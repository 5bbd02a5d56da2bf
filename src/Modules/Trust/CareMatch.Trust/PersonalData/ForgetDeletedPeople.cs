using CareMatch.Accounts.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Persistence;
using CareMatch.Trust.Reviews;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.PersonalData;

/// <summary>
/// A thread is between two people; once either has deleted their account it is deleted with
/// its messages (the other side loses it too: its words would name the one who left). So are
/// their bookings' reviews, both sides', and the carer's rating is counted again without them.
/// Handled once per event; doing it again finds nothing.
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
            var rounds = await db.ReviewRounds.Where(r => r.SeekerUserId == notification.UserId).ToListAsync(ct);
            await ForgetRoundsAsync(rounds, ct);
            await db.ForgetDeliveredMessagesAboutAsync([notification.UserId], except: null, ct);
        }, cancellationToken);

    public async ValueTask Handle(CarerProfileDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(ForgetDeletedPeople)}.{nameof(CarerProfileDeleted)}", clock, async ct =>
        {
            var threads = db.Conversations.Where(c => c.CarerProfileId == notification.ProfileId).Select(c => c.Id);
            await db.ConversationMessages.Where(m => threads.Contains(m.ConversationId)).ExecuteDeleteAsync(ct);
            await db.Conversations.Where(c => c.CarerProfileId == notification.ProfileId).ExecuteDeleteAsync(ct);
            await ForgetRoundsAsync(await db.ReviewRounds.Where(r => r.CarerProfileId == notification.ProfileId).ToListAsync(ct), ct);
        }, cancellationToken);

    /// <summary>The rounds go with their reviews; each carer whose rating counted one is told their new rating.</summary>
    private async Task ForgetRoundsAsync(List<ReviewRound> rounds, CancellationToken cancellationToken)
    {
        if (rounds.Count == 0) return;
        var ids = rounds.Select(r => r.Id).ToList();
        db.Reviews.RemoveRange(await db.Reviews.Where(r => ids.Contains(r.RoundId)).ToListAsync(cancellationToken));
        db.ReviewRounds.RemoveRange(rounds);
        foreach (var carer in rounds.Where(r => r.Published).Select(r => r.CarerProfileId).Distinct())
        {
            await CarerRatings.AnnounceAsync(db, carer, clock.UtcNow, cancellationToken);
        }
    }
}
