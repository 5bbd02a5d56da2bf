using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Hosting;
using CareMatch.SharedKernel.Scheduling;

namespace CareMatch.Matching.CarerIndexing;

/// <summary>Builds this node's carer index at start, after migrations, so the first seeker to ask does not wait for it.</summary>
internal sealed class WarmCarerIndexAtStart(CarerIndexHolder holder, IModuleSender sender) : IModuleInitializer
{
    public Task InitializeAsync(CancellationToken cancellationToken) =>
        holder.ReadAsync(sender, (_, cards) => cards.Count, cancellationToken);
}
