using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareMatch.SharedKernel.Persistence;

public static class ModuleDbContextRegistration
{
    /// <summary>
    /// Registers a module's context with the host's provider choice, its unit of work,
    /// its outbox publisher and the outbox signal, all scoped to the request.
    /// </summary>
    public static IServiceCollection AddModuleDbContext<TContext>(this IServiceCollection services, string schema)
        where TContext : DbContext
    {
        services.AddDbContext<TContext>((provider, options) =>
        {
            provider.GetRequiredService<IModuleDbContextConfigurer>().Configure(options, schema);
            options.AddInterceptors(new OutboxSignalInterceptor(provider.GetRequiredService<IOutboxSignal>()));
        });
        services.AddSingleton(new ModuleDatabase(schema, typeof(TContext)));
        services.AddScoped<IUnitOfWork, DbContextUnitOfWork<TContext>>();
        services.AddScoped<IOutboxPublisher>(provider => new OutboxPublisher<TContext>(
            provider.GetRequiredService<TContext>(),
            provider.GetRequiredService<IPublisher>(),
            provider.GetRequiredService<IClock>(),
            provider.GetRequiredService<ILogger<OutboxPublisher<TContext>>>(),
            schema));
        return services;
    }
}
