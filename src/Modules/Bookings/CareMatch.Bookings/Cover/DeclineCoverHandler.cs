using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;

namespace CareMatch.Bookings.Cover;

internal sealed class DeclineCoverHandler(CurrentParty party, BookingsDbContext db, IClock clock) : ICommandHandler<DeclineCover>
{
    public async ValueTask<Unit> Handle(DeclineCover command, CancellationToken cancellationToken)
    {
        var cover = await CoverRules.LoadForSeekerAsync(db, party, command.CoverRequestId, cancellationToken);
        var now = clock.UtcNow;
        if (!cover.CanDecide(now)) throw Refusal.Whole("There is no offer to cover this visit to turn down.");
        db.FamilyDid(party, cover.RequestId, $"Turned down {cover.VolunteerName}'s offer to cover the visit on {TimeWords.DateTime(cover.StartsAt)}", now);
        cover.BackToSearching(now);
        return Unit.Value;
    }
}
