using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Reviews;

/// <summary>An admin hides a review with a reason; the carer's rating is counted again without it.</summary>
internal sealed class HideReviewHandler(TrustDbContext db, ICurrentUser currentUser, IClock clock) : ICommandHandler<HideReview>
{
    public async ValueTask<Unit> Handle(HideReview command, CancellationToken cancellationToken)
    {
        var review = await db.Reviews.SingleOrDefaultAsync(r => r.Id == command.ReviewId, cancellationToken)
            ?? throw new NotFoundException($"No review {command.ReviewId}.");
        if (review.Hidden) throw Refusal.Whole("This review is already hidden.");
        var round = await db.ReviewRounds.SingleAsync(r => r.Id == review.RoundId, cancellationToken);
        var now = clock.UtcNow;
        review.Hide(currentUser.RequireUserId(), command.Reason!.Trim(), now);
        await CarerRatings.AnnounceAsync(db, round.CarerProfileId, now, cancellationToken);
        return Unit.Value;
    }
}
