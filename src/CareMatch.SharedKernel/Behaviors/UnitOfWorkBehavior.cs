using CareMatch.SharedKernel.Persistence;
using Mediator;

namespace CareMatch.SharedKernel.Behaviors;

/// <summary>
/// After a command's handler succeeds, saves whatever it changed (its module's context,
/// outbox rows included) in one SaveChanges. Queries never save.
/// </summary>
public sealed class UnitOfWorkBehavior<TMessage, TResponse>(IEnumerable<IUnitOfWork> unitsOfWork)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : ICommand<TResponse>
{
    public async ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var response = await next(message, cancellationToken);
        foreach (var unitOfWork in unitsOfWork)
        {
            if (unitOfWork.HasChanges) await unitOfWork.SaveChangesAsync(cancellationToken);
        }
        return response;
    }
}
