using CareMatch.SharedKernel.Persistence;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.Trust.Parties;
using CareMatch.Trust.Persistence;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Trust;

/// <summary>
/// Trust between strangers: the messages a seeker and a carer write each other, and (as they
/// are built) reviews, reply times and concerns.
/// </summary>
public static class TrustModule
{
    public static IServiceCollection AddTrustModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<TrustDbContext>(TrustDbContext.Schema);
        services.AddValidatorsFromAssembly(typeof(TrustModule).Assembly, includeInternalTypes: true);
        services.AddScoped<Parties.TrustParty>();
        services.AddScoped<IScheduledTask, Reviews.PublishDueReviews>();
        services.AddScoped<Safeguarding.UrgentConcernEmail>();
        services.AddScoped<Safeguarding.ConcernSubjects>();
        services.AddScoped<Safeguarding.AdminsToldOfConcern>();
        services.AddScoped<Safeguarding.PeopleNames>();
        services.AddScoped<IScheduledTask, Safeguarding.RetryUrgentConcernEmails>();
        return services;
    }
}
