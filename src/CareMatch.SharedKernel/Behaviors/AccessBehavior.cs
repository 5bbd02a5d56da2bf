using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;

namespace CareMatch.SharedKernel.Behaviors;

/// <summary>
/// Refuses a message whose access declaration does not admit the sender, before validation (a
/// validator's answer would tell an outsider something) and before the handler. A message with
/// no declaration is refused too: forgetting to say who may send it must not open it to all.
/// </summary>
public sealed class AccessBehavior<TMessage, TResponse>(ICurrentUser currentUser)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(
        TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var access = MessageAccess.For(message.GetType());
        if (access is null || !access.Admits(currentUser, ModuleCall.IsActive)) throw new AccessDeniedException();
        return next(message, cancellationToken);
    }
}
