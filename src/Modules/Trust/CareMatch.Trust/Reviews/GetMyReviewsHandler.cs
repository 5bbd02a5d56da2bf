using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Reviews;

/// <summary>The reader's own review always; the other side's only once the round is published.</summary>
internal sealed class GetMyReviewsHandler(TrustParty party, TrustDbContext db) : IQueryHandler<GetMyReviews, BookingReviewsView>
{
    public async ValueTask<BookingReviewsView> Handle(GetMyReviews query, CancellationToken cancellationToken)
    {
        var (round, side, carerName) = await ReviewAccess.LoadAsync(db, party, query.BookingId, cancellationToken);
        var reviews = round is null ? [] : await db.Reviews.Where(r => r.RoundId == round.Id).ToListAsync(cancellationToken);
        var mine = reviews.SingleOrDefault(r => r.Author == side);
        var theirs = round is { Published: true } ? reviews.SingleOrDefault(r => r.Author != side) : null;
        return new BookingReviewsView(
            query.BookingId,
            side == Side.Seeker,
            side == Side.Seeker ? carerName : "the family",
            round is not null,
            mine?.View(),
            theirs?.View(),
            round?.Published ?? false,
            round?.PublishesAt);
    }
}
