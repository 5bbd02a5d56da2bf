using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Reviews;

/// <summary>The carer answers a family's published review of them, once.</summary>
internal sealed class ReplyToReviewHandler(TrustParty party, TrustDbContext db, IClock clock) : ICommandHandler<ReplyToReview>
{
    public async ValueTask<Unit> Handle(ReplyToReview command, CancellationToken cancellationToken)
    {
        var me = await party.CarerProfileIdAsync(cancellationToken);
        var review = me is { } carer ? await CarerRatings.PublicReviewsOf(db, carer).SingleOrDefaultAsync(r => r.Id == command.ReviewId, cancellationToken) : null;
        if (review is null) throw new NotFoundException($"No published review {command.ReviewId} of this carer.");
        if (review.Reply is not null) throw Refusal.Whole("You have already replied to this review. A reply cannot be changed.");
        review.Answer(command.Text!.Trim(), clock.UtcNow);
        return Unit.Value;
    }
}
