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

    public static string UniqueEmail(string who) => $"{who}-{Guid.NewGuid():N}@example.test";

    /// <summary>The database this app instance uses, so a second node can join it.</summary>
    public static string GetConnectionString(this IServiceProvider services) =>
        services.GetRequiredService<CareMatch.Web.Infrastructure.Database.DatabaseSettings>().ConnectionString;
}
