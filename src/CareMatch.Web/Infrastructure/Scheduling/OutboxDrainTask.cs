using CareMatch.SharedKernel.Outbox;

namespace CareMatch.Web.Infrastructure.Scheduling;

/// <summary>
/// Publishes every module's pending outbox messages. Runs every minute and straight after
/// a change writes events. Consumers are idempotent, so an overlap across nodes is harmless;
/// within a node one drain at a time keeps the log quiet.
/// </summary>
public sealed class OutboxDrainTask(IServiceScopeFactory scopes, ILogger<OutboxDrainTask> logger)
{
    public const string RecurringJobId = "outbox-drain";

    private static readonly SemaphoreSlim OneAtATime = new(1, 1);

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (!await OneAtATime.WaitAsync(TimeSpan.FromSeconds(30), cancellationToken)) return;
        try
        {
            var modules = ModuleNames();
            foreach (var module in modules)
            {
                int published;
                do
                {
                    // A fresh scope per batch: consumers get clean contexts, and memory stays flat.
                    await using var scope = scopes.CreateAsyncScope();
                    var publisher = scope.ServiceProvider.GetServices<IOutboxPublisher>().Single(p => p.Module == module);
                    published = await publisher.PublishPendingAsync(cancellationToken);
                    if (published > 0) logger.LogInformation("Published {Count} event(s) from {Module}", published, module);
                }
                while (published > 0);
            }
        }
        finally
        {
            OneAtATime.Release();
        }
    }

    private List<string> ModuleNames()
    {
        using var scope = scopes.CreateScope();
        return scope.ServiceProvider.GetServices<IOutboxPublisher>().Select(p => p.Module).ToList();
    }
}
