using CareMatch.Bookings.Cover;
using CareMatch.Bookings.Offers;
using CareMatch.Bookings.Parties;
using CareMatch.Bookings.Persistence;
using CareMatch.Bookings.Visits;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Persistence;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Bookings;

public static class BookingsModule
{
    public static IServiceCollection AddBookingsModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<BookingsDbContext>(BookingsDbContext.Schema);
        services.AddValidatorsFromAssembly(typeof(BookingsModule).Assembly, includeInternalTypes: true);
        services.AddSingleton(OfferSettings.From(configuration));
        services.AddSingleton(CoverSettings.From(configuration));
        services.AddSingleton(VisitSettings.From(configuration));
        services.AddScoped<CurrentParty>();
        services.AddScoped<CoverCascade>();
        services.AddScoped<IScheduledTask, CoverCascadeTask>();
        services.AddScoped<IScheduledTask, BookingsHousekeepingTask>();
        services.AddScoped<IScheduledTask, VisitHorizonTask>();
        return services;
    }
}
