using CareMatch.SharedKernel.Authorization;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Reviews;

/// <summary>
/// The reader's own side's review always; the other side's only once the round is published.
/// The family's side sees which of them wrote the family's review.
/// </summary>
internal sealed class GetMyReviewsHandler(TrustParty party, TrustDbContext db, IModuleSender sender) : IQueryHandler<GetMyReviews, BookingReviewsView>
{
    public async ValueTask<BookingReviewsView> Handle(GetMyReviews query, CancellationToken cancellationToken)
    {
        var (round, side, carerName) = await ReviewAccess.LoadAsync(db, party, query.BookingId, cancellationToken);
        var reviews = round is null ? [] : await db.Reviews.Where(r => r.RoundId == round.Id).ToListAsync(cancellationToken);
        var mine = reviews.SingleOrDefault(r => r.Author == side);
        var theirs = round is { Published: true } ? reviews.SingleOrDefault(r => r.Author != side) : null;
        var writtenBy = side == Side.Seeker && mine is not null
            ? (await FamilyNames.OfRequestAsync(sender, round!.RequestId, party.UserId, cancellationToken)).Of(mine.AuthorUserId, you: "you")
            : null;
        return new BookingReviewsView(
            query.BookingId,
            side == Side.Seeker,
            side == Side.Seeker ? carerName : "the family",
            round is not null,
            mine?.View(writtenBy),
            theirs?.View(),
            round?.Published ?? false,
            round?.PublishesAt);
    }
}
