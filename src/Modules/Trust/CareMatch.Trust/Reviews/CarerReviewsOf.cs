using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Reviews;

/// <summary>A carer's public reviews, newest first, with their plain average: what every page that shows them shows.</summary>
internal static class CarerReviewsOf
{
    public static async Task<CarerReviews> LoadAsync(TrustDbContext db, Guid carerProfileId, CancellationToken cancellationToken)
    {
        var reviews = (await CarerRatings.PublicReviewsOf(db, carerProfileId).ToListAsync(cancellationToken))
            .OrderByDescending(r => r.WrittenAt).ToList();
        return new CarerReviews(
            carerProfileId,
            reviews.Count,
            reviews.Count == 0 ? null : reviews.Average(r => r.Stars),
            reviews.Select(r => r.View()).ToList());
    }
}
