using Mediator;

namespace CareMatch.SharedKernel.Authorization;

/// <summary>
/// How module code (handlers, jobs, event consumers, start-up tasks) sends another module's
/// messages. It marks the call as coming from a module, so messages declared
/// <see cref="SentByModulesAttribute"/> are admitted; every other declaration is still checked
/// against the signed-in person. Pages send through <see cref="ISender"/> and never get that mark.
/// </summary>
public interface IModuleSender
{
    ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default);

    ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default);
}
