using CareMatch.Bookings.Persistence;
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
        return services;
    }
}
