using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Persistence;
using CareMatch.SharedKernel.Scheduling;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Commissioning;

public static class CommissioningModule
{
    /// <summary>The module's schema, which is also how its outbox publisher names it.</summary>
    public const string Schema = CommissioningDbContext.Schema;

    /// <summary>The nightly roll-up's task id, for a host that must run it now (after a rebuild).</summary>
    public const string RollupTaskId = Rollup.RollUpMonthlyFiguresTask.JobId;

    public static IServiceCollection AddCommissioningModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<CommissioningDbContext>(CommissioningDbContext.Schema);
        services.AddScoped<IScheduledTask, Rollup.RollUpMonthlyFiguresTask>();
        services.AddValidatorsFromAssembly(typeof(CommissioningModule).Assembly, includeInternalTypes: true);
        return services;
    }
}
