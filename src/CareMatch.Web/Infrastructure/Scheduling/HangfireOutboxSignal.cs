using CareMatch.SharedKernel.Outbox;
using Hangfire;

namespace CareMatch.Web.Infrastructure.Scheduling;

/// <summary>New events were committed: queue a drain now instead of waiting for the next minute.</summary>
public sealed class HangfireOutboxSignal(IServiceProvider services, ILogger<HangfireOutboxSignal> logger) : IOutboxSignal
{
    public void MessagesCommitted()
    {
        try
        {
            // Resolved only when needed: building a DbContext must not open the job storage
            // (design-time tools and script generation have no database to talk to).
            services.GetRequiredService<IBackgroundJobClient>()
                .Enqueue<OutboxDrainTask>(job => job.RunAsync(CancellationToken.None));
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // The change is already committed; the recurring drain will deliver it.
            logger.LogWarning(exception, "Could not queue an immediate outbox drain");
        }
    }
}
