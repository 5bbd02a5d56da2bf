using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Reviews;

internal sealed class ListFlaggedReviewsHandler(TrustDbContext db) : IQueryHandler<ListFlaggedReviews, IReadOnlyList<FlaggedReview>>
{
    public async ValueTask<IReadOnlyList<FlaggedReview>> Handle(ListFlaggedReviews query, CancellationToken cancellationToken)
    {
        var rows = await (
            from review in db.Reviews
            join round in db.ReviewRounds on review.RoundId equals round.Id
            where review.Flagged
            select new { Review = review, round.CarerName, round.Sector, round.PublishedAt }).ToListAsync(cancellationToken);
        return rows
            .OrderByDescending(r => r.Review.WrittenAt)
            .Select(r => new FlaggedReview(
                r.Review.Id,
                r.Review.Author == Side.Seeker ? r.CarerName : $"The family of a request in {r.Sector}",
                r.Review.Author == Side.Seeker,
                r.Review.Stars,
                r.Review.Text,
                r.Review.WrittenAt,
                r.PublishedAt is not null,
                r.Review.HiddenAt,
                r.Review.HiddenReason))
            .ToList();
    }
}
