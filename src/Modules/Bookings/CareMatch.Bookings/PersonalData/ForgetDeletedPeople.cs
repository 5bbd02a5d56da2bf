using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Bookings;
using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Cover;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.Bookings.Visits;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.PersonalData;

/// <summary>
/// Keeps what the other side needs of a deleted person's bookings (that there was a booking,
/// when, the visits, the money) and strips the deleted person from it: their user id, name and
/// every free text (messages, reasons, visit notes, the handover card). Bookings still running are ended first, as
/// if that side had ended them, so the other side is told and no visit is left waiting; offers
/// still pending are withdrawn. Each event is handled once (and doing it again changes nothing).
/// </summary>
internal sealed class ForgetDeletedPeople(BookingsDbContext db, IClock clock) :
    INotificationHandler<AccountDeleted>,
    INotificationHandler<CarerProfileDeleted>
{
    public const string SeekerLeft = "The seeker deleted their account";

    public const string CarerLeft = "The carer deleted their account";

    /// <summary>What a deleted carer is called where their name was.</summary>
    public const string DeletedCarerName = "A carer who has left CareMatch";

    private const string RemovedReason = "Removed when an account was deleted";

    public async ValueTask Handle(AccountDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(ForgetDeletedPeople)}.{nameof(AccountDeleted)}", clock, async ct =>
        {
            var userId = notification.UserId;
            var now = clock.UtcNow;
            foreach (var booking in await db.Bookings.Where(b => b.SeekerUserId == userId && b.EndedAt == null).ToListAsync(ct))
                await BookingEnding.EndAsync(db, booking, CancelledBy.Seeker, SeekerLeft, now, ct);
            foreach (var offer in await db.Offers.Where(o => o.SeekerUserId == userId && o.Status == OfferStatus.Pending).ToListAsync(ct))
                offer.Withdraw(now);
            await db.SaveChangesAsync(ct);

            var bookingIds = db.Bookings.Where(b => b.SeekerUserId == userId).Select(b => b.Id);
            await db.Visits.Where(v => bookingIds.Contains(v.BookingId)).ExecuteUpdateAsync(v => v
                .SetProperty(x => x.CarerNotes, (string?)null)
                .SetProperty(x => x.CancelReason, x => x.CancelReason == null ? null : RemovedReason), ct);
            await db.Bookings.Where(b => b.SeekerUserId == userId && b.EndReason != SeekerLeft).ExecuteUpdateAsync(b => b
                .SetProperty(x => x.EndReason, x => x.EndReason == null ? null : RemovedReason), ct);
            await db.Bookings.Where(b => b.SeekerUserId == userId).ExecuteUpdateAsync(b => b
                .SetProperty(x => x.SeekerUserId, PersonalDataErasure.DeletedUserId), ct);
            await db.Offers.Where(o => o.SeekerUserId == userId).ExecuteUpdateAsync(o => o
                .SetProperty(x => x.SeekerUserId, PersonalDataErasure.DeletedUserId)
                .SetProperty(x => x.Message, (string?)null)
                .SetProperty(x => x.DeclineReason, (string?)null), ct);
            await db.CoverRequests.Where(c => c.SeekerUserId == userId).ExecuteUpdateAsync(c => c
                .SetProperty(x => x.SeekerUserId, PersonalDataErasure.DeletedUserId), ct);
            // The card is all about the person cared for and how to get into their home: nobody needs it
            // once the booking has ended. Who opened it stays, as it holds nothing of theirs.
            await db.HandoverCards.Where(c => c.SeekerUserId == userId).ExecuteDeleteAsync(ct);
            await db.ForgetDeliveredMessagesAboutAsync([userId], except: null, ct);
        }, cancellationToken);

    public async ValueTask Handle(CarerProfileDeleted notification, CancellationToken cancellationToken) =>
        await db.HandleOnceAsync(notification, $"{nameof(ForgetDeletedPeople)}.{nameof(CarerProfileDeleted)}", clock, async ct =>
        {
            var id = notification.ProfileId;
            var now = clock.UtcNow;
            foreach (var booking in await db.Bookings.Where(b => b.CarerProfileId == id && b.EndedAt == null).ToListAsync(ct))
                await BookingEnding.EndAsync(db, booking, CancelledBy.Carer, CarerLeft, now, ct);
            foreach (var offer in await db.Offers.Where(o => o.CarerProfileId == id && o.Status == OfferStatus.Pending).ToListAsync(ct))
                offer.Withdraw(now);
            await db.SaveChangesAsync(ct);

            var bookingIds = db.Bookings.Where(b => b.CarerProfileId == id).Select(b => b.Id);
            await db.Visits.Where(v => v.CarerProfileId == id || bookingIds.Contains(v.BookingId)).ExecuteUpdateAsync(v => v
                .SetProperty(x => x.CarerNotes, (string?)null)
                .SetProperty(x => x.CancelReason, x => x.CancelReason == null ? null : RemovedReason), ct);
            await db.Visits.Where(v => v.CarerProfileId == id && v.CoverCarerName != null).ExecuteUpdateAsync(v => v
                .SetProperty(x => x.CoverCarerName, DeletedCarerName), ct);
            await db.Bookings.Where(b => b.CarerProfileId == id && b.EndReason != CarerLeft).ExecuteUpdateAsync(b => b
                .SetProperty(x => x.EndReason, x => x.EndReason == null ? null : RemovedReason), ct);
            await db.Bookings.Where(b => b.CarerProfileId == id).ExecuteUpdateAsync(b => b
                .SetProperty(x => x.CarerName, DeletedCarerName), ct);
            await db.Offers.Where(o => o.CarerProfileId == id).ExecuteUpdateAsync(o => o
                .SetProperty(x => x.CarerName, DeletedCarerName)
                .SetProperty(x => x.Message, (string?)null)
                .SetProperty(x => x.DeclineReason, (string?)null), ct);
            await db.CoverOffers.Where(o => o.CarerProfileId == id).ExecuteUpdateAsync(o => o
                .SetProperty(x => x.CarerName, DeletedCarerName), ct);
            await db.CoverRequests.Where(c => c.VolunteerProfileId == id).ExecuteUpdateAsync(c => c
                .SetProperty(x => x.VolunteerName, DeletedCarerName), ct);
            await db.HandoverCardOpenings.Where(o => o.CarerProfileId == id).ExecuteUpdateAsync(o => o
                .SetProperty(x => x.CarerName, DeletedCarerName), ct);
        }, cancellationToken);
}
