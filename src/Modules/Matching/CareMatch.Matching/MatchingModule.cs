using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Persistence;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Matching;

public static class MatchingModule
{
    public static IServiceCollection AddMatchingModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<MatchingDbContext>(MatchingDbContext.Schema);
        services.AddValidatorsFromAssembly(typeof(MatchingModule).Assembly, includeInternalTypes: true);
        return services;
    }
}
