using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using FluentValidation;
using Mediator;

namespace CareMatch.Needs.Requests;

internal sealed class CancelCareRequestValidator : AbstractValidator<CancelCareRequest>
{
    public CancelCareRequestValidator()
    {
        RuleFor(c => c.Reason)
            .NotEmpty().WithMessage("Enter why you are cancelling this request")
            .MaximumLength(500).WithMessage("The reason must be 500 characters or fewer");
    }
}

internal sealed class CancelCareRequestHandler(NeedsDbContext db, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<CancelCareRequest>
{
    public async ValueTask<Unit> Handle(CancelCareRequest command, CancellationToken cancellationToken)
    {
        var request = await db.RequireOwnAsync(currentUser, command.RequestId, cancellationToken);
        TransitionRefusals.EnsureCanMove(request, CareRequestStatus.Cancelled);
        var wasEverOpen = request.Status != CareRequestStatus.Draft;
        var now = clock.UtcNow;
        request.Cancel(command.Reason!.Trim(), now);
        db.Ended(request, wasEverOpen, now);
        return Unit.Value;
    }
}
