using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Reviews;

/// <summary>
/// Saves the asker's review; the second of the two publishes both at once. A family review also
/// goes into the request's history (Needs) under whoever of the family wrote it.
/// </summary>
internal sealed class WriteReviewHandler(TrustParty party, TrustDbContext db, IClock clock) : ICommandHandler<WriteReview>
{
    public async ValueTask<Unit> Handle(WriteReview command, CancellationToken cancellationToken)
    {
        var (round, side, _) = await ReviewAccess.LoadAsync(db, party, command.BookingId, cancellationToken);
        if (round is null) throw Refusal.Whole("You can write a review once the first visit has been completed.");
        var written = await db.Reviews.Where(r => r.RoundId == round.Id).Select(r => r.Author).ToListAsync(cancellationToken);
        if (written.Contains(side)) throw Refusal.Whole("You have already reviewed this booking. A review cannot be changed once written.");
        var now = clock.UtcNow;
        db.Reviews.Add(Review.Write(round.Id, side, party.UserId, command.Stars!.Value, command.Text!.Trim(), now));
        // The request's history says who of the family reviewed, saved with the review itself.
        if (side == Side.Seeker) db.AddIntegrationEvent(new FamilyActedOnRequest(round.RequestId, party.UserId, $"Reviewed {round.CarerName}") { OccurredAt = now });
        if (written.Count == 1 && !round.Published)
        {
            round.Publish(now);
            await CarerRatings.AnnounceAsync(db, round.CarerProfileId, now, cancellationToken);
        }
        return Unit.Value;
    }
}
