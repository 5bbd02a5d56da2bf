using System.Diagnostics;
using CareMatch.Commissioning;
using CareMatch.Commissioning.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Events;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Scheduling;
using Mediator;

namespace CareMatch.Web.Infrastructure.CommandLine;

/// <summary>
/// <c>rebuild-commissioning</c>: builds Commissioning's read model again from scratch, so a new or
/// corrected metric reaches back to the first request. Commissioning forgets its facts; every other
/// module's delivered events are replayed to Commissioning's consumers only (the other modules
/// heard them long ago), all modules' merged in the order they happened; then the figures are rolled up. Delivered outbox messages are kept for this, except those about a person
/// whose account was deleted, which are gone from the rebuilt facts as they are from everywhere.
/// </summary>
public static class RebuildCommissioningCommand
{
    public const string Name = "rebuild-commissioning";

    /// <summary>Events per scope, so one long replay does not hold every fact it touched in memory.</summary>
    private const int EventsPerScope = 500;

    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, CancellationToken cancellationToken)
    {
        var watch = Stopwatch.StartNew();
        await using (var scope = services.CreateAsyncScope())
        {
            var forgotten = await scope.ServiceProvider.GetRequiredService<IModuleSender>().Send(new ForgetCommissioningActivity(), cancellationToken);
            await output.WriteLineAsync($"Commissioning forgot {forgotten} rows of facts.");
        }

        await using var reading = services.CreateAsyncScope();
        var modules = reading.ServiceProvider.GetServices<IOutboxPublisher>().Where(p => p.Module != CommissioningTasks.OutboxModule).ToList();
        var replayed = 0;
        var batch = new List<IntegrationEvent>(EventsPerScope);
        await foreach (var integrationEvent in InTheOrderTheyHappenedAsync(modules, cancellationToken))
        {
            batch.Add(integrationEvent);
            if (batch.Count == EventsPerScope) replayed += await ReplayAsync(services, batch, cancellationToken);
        }
        replayed += await ReplayAsync(services, batch, cancellationToken);
        await output.WriteLineAsync($"Replayed {replayed} events from {string.Join(", ", modules.Select(m => m.Module))}.");

        await using (var scope = services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetServices<IScheduledTask>().Single(t => t.Id == CommissioningTasks.RollupTaskId).RunAsync(cancellationToken);
        }
        await output.WriteLineAsync($"Rebuilt Commissioning from {replayed} events and rolled up its figures in {watch.Elapsed.TotalSeconds:0.0} s.");
        return 0;
    }

    /// <summary>
    /// Every module's delivered events merged by when they happened (each module's are already in
    /// that order), as the outbox first delivered them, near enough: a carer deleted after their
    /// visits is then forgotten after those visits are made again, not before.
    /// </summary>
    private static async IAsyncEnumerable<IntegrationEvent> InTheOrderTheyHappenedAsync(
        IReadOnlyList<IOutboxPublisher> modules, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var streams = modules.Select(m => m.DeliveredAsync(cancellationToken).GetAsyncEnumerator(cancellationToken)).ToList();
        try
        {
            var heads = new List<IAsyncEnumerator<IntegrationEvent>>();
            foreach (var stream in streams) if (await stream.MoveNextAsync()) heads.Add(stream);
            while (heads.Count > 0)
            {
                var earliest = heads.MinBy(h => h.Current.OccurredAt)!;
                yield return earliest.Current;
                if (!await earliest.MoveNextAsync()) heads.Remove(earliest);
            }
        }
        finally
        {
            foreach (var stream in streams) await stream.DisposeAsync();
        }
    }

    /// <summary>Delivers each event to Commissioning's consumers of it, and empties the batch; how many events there were.</summary>
    private static async Task<int> ReplayAsync(IServiceProvider services, List<IntegrationEvent> batch, CancellationToken cancellationToken)
    {
        var count = batch.Count;
        await using var scope = services.CreateAsyncScope();
        foreach (var integrationEvent in batch)
        {
            var handlerType = typeof(INotificationHandler<>).MakeGenericType(integrationEvent.GetType());
            foreach (var handler in scope.ServiceProvider.GetServices(handlerType).Where(h => h!.GetType().Assembly == typeof(CommissioningModule).Assembly))
            {
                await (ValueTask)handlerType.GetMethod(nameof(INotificationHandler<IntegrationEvent>.Handle))!.Invoke(handler, [integrationEvent, cancellationToken])!;
            }
        }
        batch.Clear();
        return count;
    }
}
