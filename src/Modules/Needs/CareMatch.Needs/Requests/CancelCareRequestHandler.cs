using CareMatch.Needs.Acting;
using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Needs.Requests;

internal sealed class CancelCareRequestHandler(NeedsDbContext db, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<CancelCareRequest>
{
    public async ValueTask<Unit> Handle(CancelCareRequest command, CancellationToken cancellationToken)
    {
        var request = await db.RequireActingAsync(currentUser, command.RequestId, cancellationToken);
        TransitionRefusals.EnsureCanMove(request, CareRequestStatus.Cancelled);
        var wasEverOpen = request.Status != CareRequestStatus.Draft;
        var now = clock.UtcNow;
        request.Cancel(command.Reason!.Trim(), now);
        db.Ended(request, wasEverOpen, now);
        db.Did(request.Id, currentUser.RequireUserId(), "Cancelled the request", now);
        return Unit.Value;
    }
}
