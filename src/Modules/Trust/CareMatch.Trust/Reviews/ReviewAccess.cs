using CareMatch.SharedKernel.Authorization;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Reviews;

internal static class ReviewAccess
{
    /// <summary>
    /// The booking's round (null until its first visit is completed) and the asker's side of the
    /// booking, found through the pair's thread, which the booking marked. Anyone who is neither
    /// side gets not found.
    /// </summary>
    public static async Task<(ReviewRound? Round, Side Side, string CarerName)> LoadAsync(TrustDbContext db, TrustParty party, Guid bookingId, CancellationToken cancellationToken)
    {
        var thread = await db.Conversations.SingleOrDefaultAsync(c => c.BookingId == bookingId, cancellationToken);
        var side = thread is null ? null : await party.SideOfAsync(thread.RequestId, thread.SeekerUserId, thread.CarerProfileId, cancellationToken);
        if (side is not { } found) throw new NotFoundException($"No booking {bookingId} of the asker's.");
        return (await db.ReviewRounds.SingleOrDefaultAsync(r => r.BookingId == bookingId, cancellationToken), found, thread!.CarerName);
    }
}
