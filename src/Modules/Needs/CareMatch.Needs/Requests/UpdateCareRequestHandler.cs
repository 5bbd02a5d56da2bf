using CareMatch.Needs.Acting;
using CareMatch.Needs.Contracts;
using CareMatch.Needs.Input;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Needs.Requests;

internal sealed class UpdateCareRequestHandler(NeedsDbContext db, CareRequestReader reader, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<UpdateCareRequest>
{
    public async ValueTask<Unit> Handle(UpdateCareRequest command, CancellationToken cancellationToken)
    {
        var request = await db.RequireActingAsync(currentUser, command.RequestId, cancellationToken);
        TransitionRefusals.EnsureCanEdit(request);
        var spec = reader.Read(command);
        var now = clock.UtcNow;
        request.Revise(spec, now);
        db.Changed(request, now);
        db.Did(request.Id, currentUser.RequireUserId(), "Changed the request", now);
        return Unit.Value;
    }
}
