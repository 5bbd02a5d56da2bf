using CareMatch.Needs.Acting;
using CareMatch.Needs.Contracts;
using CareMatch.Needs.Input;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Needs.Requests;

internal sealed class CreateCareRequestHandler(NeedsDbContext db, CareRequestReader reader, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<CreateCareRequest, Guid>
{
    public ValueTask<Guid> Handle(CreateCareRequest command, CancellationToken cancellationToken)
    {
        var seekerId = currentUser.RequireUserId();
        var spec = reader.Read(command);
        var now = clock.UtcNow;
        var request = CareRequest.Start(seekerId, spec, now);
        db.CareRequests.Add(request);
        db.Did(request.Id, seekerId, "Wrote the request", now);
        if (command.Publish)
        {
            request.Publish(now);
            db.Opened(request, now);
            db.Did(request.Id, seekerId, "Published the request", now);
        }
        return ValueTask.FromResult(request.Id);
    }
}
