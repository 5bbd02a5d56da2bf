using CareMatch.SharedKernel.Jobs;
using Hangfire;

namespace CareMatch.Web.Infrastructure.Jobs;

public static class RecurringJobSchedule
{
    /// <summary>Registers the outbox drain and every module's recurring job. Idempotent across nodes.</summary>
    public static void ScheduleRecurringJobs(this IServiceProvider services)
    {
        var manager = services.GetRequiredService<IRecurringJobManager>();
        manager.AddOrUpdate<OutboxDrainJob>(OutboxDrainJob.RecurringJobId, job => job.RunAsync(CancellationToken.None), Cron.Minutely());
        using var scope = services.CreateScope();
        foreach (var job in scope.ServiceProvider.GetServices<IRecurringJob>())
        {
            var id = job.Id;
            manager.AddOrUpdate<ModuleJobRunner>(id, runner => runner.RunAsync(id, CancellationToken.None), job.Cron);
        }
    }
}
