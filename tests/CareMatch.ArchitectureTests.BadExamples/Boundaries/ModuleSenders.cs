using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.ArchitectureTests.BadExamples.Boundaries;

/// <summary>Bad: module code asking another module on the plain sender, so a modules-only query is refused.</summary>
internal sealed class PlainSenderInModule(ISender sender)
{
    public async Task<bool> IsStillOpenAsync(Guid requestId, CancellationToken cancellationToken) =>
        await sender.Send(new GetCareRequestFacts(requestId), cancellationToken) is not null;
}

/// <summary>Good, for contrast: the same question through the module sender.</summary>
internal sealed class ModuleSenderInModule(IModuleSender sender)
{
    public async Task<bool> IsStillOpenAsync(Guid requestId, CancellationToken cancellationToken) =>
        await sender.Send(new GetCareRequestFacts(requestId), cancellationToken) is not null;
}
