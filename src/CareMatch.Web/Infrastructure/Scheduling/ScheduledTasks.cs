using CareMatch.SharedKernel.Scheduling;
using Hangfire;

namespace CareMatch.Web.Infrastructure.Scheduling;

public static class ScheduledTasks
{
    /// <summary>Registers the outbox drain and every module's recurring job. Idempotent across nodes.</summary>
    public static void ScheduleTasks(this IServiceProvider services)
    {
        var manager = services.GetRequiredService<IRecurringJobManager>();
        manager.AddOrUpdate<OutboxDrainTask>(OutboxDrainTask.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        using var scope = services.CreateScope();
        foreach (var job in scope.ServiceProvider.GetServices<IScheduledTask>())
        {
            var id = job.Id;
            manager.AddOrUpdate<ScheduledTaskRunner>(id, runner => runner.RunAsync(id, CancellationToken.None), job.Cron);
        }
    }
}
