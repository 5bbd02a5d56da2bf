using CareMatch.SharedKernel.Authorization;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Infrastructure;

public static class AppScope
{
    /// <summary>Runs work in a fresh DI scope of the app, as one request or one job would.</summary>
    public static async Task<T> InScopeAsync<T>(this CareMatchAppFactory factory, Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public static Task InScopeAsync(this CareMatchAppFactory factory, Func<IServiceProvider, Task> work) =>
        factory.InScopeAsync<bool>(async services =>
        {
            await work(services);
            return true;
        });

    public static Task<TResponse> SendAsync<TResponse>(this CareMatchAppFactory factory, ICommand<TResponse> command) =>
        factory.InScopeAsync(async services => await services.GetRequiredService<ISender>().Send(command));

    /// <summary>Asks a module's contract query the way another module does (modules-only queries admit nothing else).</summary>
    public static Task<TResponse> AskAsModuleAsync<TResponse>(this CareMatchAppFactory factory, IQuery<TResponse> query) =>
        factory.InScopeAsync(async services => await services.GetRequiredService<IModuleSender>().Send(query));

    /// <summary>Runs one scheduled task once, as its schedule would.</summary>
    public static Task RunScheduledTaskAsync(this CareMatchAppFactory factory, string taskId) =>
        factory.InScopeAsync(services => services.GetServices<SharedKernel.Scheduling.IScheduledTask>().Single(t => t.Id == taskId).RunAsync(CancellationToken.None));

    public static string UniqueEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    /// <summary>The database this app instance uses, so a second node can join it.</summary>
    public static string GetConnectionString(this IServiceProvider services) =>
        services.GetRequiredService<CareMatch.Web.Infrastructure.Database.DatabaseSettings>().ConnectionString;
}
