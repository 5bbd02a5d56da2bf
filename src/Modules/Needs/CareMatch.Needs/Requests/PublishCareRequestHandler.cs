using CareMatch.Needs.Acting;
using CareMatch.Needs.Contracts;
using CareMatch.Needs.Input;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;

namespace CareMatch.Needs.Requests;

internal sealed class PublishCareRequestHandler(NeedsDbContext db, CareRequestDetailsValidator details, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<PublishCareRequest>
{
    public async ValueTask<Unit> Handle(PublishCareRequest command, CancellationToken cancellationToken)
    {
        var request = await db.RequireActingAsync(currentUser, command.RequestId, cancellationToken);
        TransitionRefusals.EnsureCanMove(request, CareRequestStatus.Open);
        EnsureStillValid(request);
        var now = clock.UtcNow;
        request.Publish(now);
        db.Opened(request, now);
        db.Did(request.Id, currentUser.RequireUserId(), "Published the request", now);
        return Unit.Value;
    }

    // A draft saved last week may have dates that have since passed: check it all again, with the
    // same validator the form was checked with. The publish button has no fields to show messages
    // at, so the first problem is told as a whole.
    private void EnsureStillValid(CareRequest request)
    {
        var result = details.Validate(request.AsTyped());
        if (result.IsValid) return;
        throw Refusal.Whole($"Change the request before you publish it. {result.Errors[0].ErrorMessage}");
    }
}
