using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.Trust.Contracts;
using CareMatch.Trust.Persistence;
using Mediator;

namespace CareMatch.Trust.Safeguarding;

internal sealed class AssignConcernToMeHandler(TrustDbContext db, ICurrentUser currentUser, IClock clock) : ICommandHandler<AssignConcernToMe>
{
    public async ValueTask<Unit> Handle(AssignConcernToMe command, CancellationToken cancellationToken)
    {
        var concern = await ConcernLoader.LoadAsync(db, command.ConcernId, cancellationToken);
        var me = currentUser.RequireUserId();
        if (concern.OwnerUserId == me) return Unit.Value;
        concern.AssignTo(me);
        db.ConcernEntries.Add(ConcernEntry.Record(concern.Id, me, ConcernEntryKind.Assigned, null, clock.UtcNow));
        return Unit.Value;
    }
}
