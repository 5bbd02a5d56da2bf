using CareMatch.SharedKernel.Outbox;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Reviews;

/// <summary>
/// Counts a carer's rating again from what families can see (published, not hidden) and
/// tells Matching, in the same SaveChanges as the change that moved it. The count is made from
/// the tracked entities, so the change not yet saved (a review written, a round published, a
/// review hidden, a deleted person's reviews removed) is already in it.
/// </summary>
internal static class CarerRatings
{
    public static async Task AnnounceAsync(TrustDbContext db, Guid carerProfileId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var published = (await db.ReviewRounds.Where(r => r.CarerProfileId == carerProfileId).ToListAsync(cancellationToken))
            .Where(r => r.Published && db.Entry(r).State != EntityState.Deleted).Select(r => r.Id).ToHashSet();
        var saved = await db.Reviews.Where(r => published.Contains(r.RoundId)).ToListAsync(cancellationToken);
        var added = db.ChangeTracker.Entries<Review>().Where(e => e.State == EntityState.Added).Select(e => e.Entity);
        var stars = saved.Concat(added).Distinct()
            .Where(r => published.Contains(r.RoundId) && r.Author == Side.Seeker && !r.Hidden && db.Entry(r).State != EntityState.Deleted)
            .Select(r => r.Stars).ToList();
        db.AddIntegrationEvent(new CarerRatingChanged(carerProfileId, stars.Sum(), stars.Count) { OccurredAt = now });
    }

    /// <summary>Families' saved reviews of the carer that anyone may read.</summary>
    public static IQueryable<Review> PublicReviewsOf(TrustDbContext db, Guid carerProfileId) =>
        from review in db.Reviews
        join round in db.ReviewRounds on review.RoundId equals round.Id
        where round.CarerProfileId == carerProfileId && round.PublishedAt != null && review.Author == Side.Seeker && review.HiddenAt == null
        select review;
}
