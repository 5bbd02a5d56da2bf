using Mediator;

namespace CareMatch.SharedKernel.Authorization;

/// <summary>Sends through the mediator inside a <see cref="ModuleCall"/>, which the access behaviour reads.</summary>
public sealed class ModuleSender(ISender sender) : IModuleSender
{
    // Both methods must stay async: the mark is set in this method's own execution context, so it
    // reaches the handler below and is gone when the caller resumes.
    public async ValueTask<TResponse> Send<TResponse>(IQuery<TResponse> query, CancellationToken cancellationToken = default)
    {
        using var call = ModuleCall.Begin();
        return await sender.Send(query, cancellationToken);
    }

    public async ValueTask<TResponse> Send<TResponse>(ICommand<TResponse> command, CancellationToken cancellationToken = default)
    {
        using var call = ModuleCall.Begin();
        return await sender.Send(command, cancellationToken);
    }
}
