using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Persistence;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Providers;

public static class ProvidersModule
{
    public static IServiceCollection AddProvidersModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<ProvidersDbContext>(ProvidersDbContext.Schema);
        services.AddValidatorsFromAssembly(typeof(ProvidersModule).Assembly, includeInternalTypes: true);
        return services;
    }
}
