using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Persistence;
using CareMatch.SharedKernel.Scheduling;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Commissioning;

public static class CommissioningModule
{

    public static IServiceCollection AddCommissioningModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<CommissioningDbContext>(CommissioningDbContext.Schema);
        services.AddScoped<IScheduledTask, Rollup.RollUpMonthlyFiguresTask>();
        services.AddValidatorsFromAssembly(typeof(CommissioningModule).Assembly, includeInternalTypes: true);
        return services;
    }
}
