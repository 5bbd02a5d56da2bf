using CareMatch.Needs.Acting;
using CareMatch.Needs.Expiry;
using CareMatch.Needs.Input;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Persistence;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Needs;

public static class NeedsModule
{
    public static IServiceCollection AddNeedsModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<NeedsDbContext>(NeedsDbContext.Schema);
        services.AddValidatorsFromAssembly(typeof(NeedsModule).Assembly, includeInternalTypes: true);
        services.AddScoped<PlaceReader>();
        services.AddScoped<CareRequestReader>();
        services.AddScoped<InvitationLookup>();
        services.AddScoped<IScheduledTask, ExpireLapsedCareRequests>();
        return services;
    }
}
