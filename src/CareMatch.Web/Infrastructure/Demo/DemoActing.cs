using CareMatch.SharedKernel.Scheduling;
using CareMatch.Web.Infrastructure.Identity;
using CareMatch.Web.Infrastructure.Scheduling;
using Mediator;

namespace CareMatch.Web.Infrastructure.Demo;

/// <summary>
/// How the demo acts: as a person in a scope of their own, or as the background jobs would
/// (the outbox drain, one scheduled task by its id), each in a fresh scope like a request or a job.
/// </summary>
public sealed class DemoActing(IServiceScopeFactory scopes)
{
    /// <summary>Runs <paramref name="work"/> in its own scope, as the given user: the one way the demo acts as someone.</summary>
    public Task<T> AsAsync<T>(string userId, string role, Func<ISender, Task<T>> work) =>
        InScopeAsync((sender, services) =>
        {
            services.GetRequiredService<HttpCurrentUser>().ActAs(userId, role);
            return work(sender);
        });

    public Task<bool> DrainOutboxAsync(CancellationToken cancellationToken) =>
        InScopeAsync(async (_, services) =>
        {
            await services.GetRequiredService<OutboxDrainTask>().RunAsync(cancellationToken);
            return true;
        });

    /// <summary>Runs one scheduled task once, now, as its schedule would (the way <c>run-task</c> does).</summary>
    public Task<bool> RunTaskAsync(string taskId, CancellationToken cancellationToken) =>
        InScopeAsync(async (_, services) =>
        {
            await services.GetServices<IScheduledTask>().Single(t => t.Id == taskId).RunAsync(cancellationToken);
            return true;
        });

    public async Task<T> InScopeAsync<T>(Func<ISender, IServiceProvider, Task<T>> work)
    {
        await using var scope = scopes.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ISender>(), scope.ServiceProvider);
    }
}
