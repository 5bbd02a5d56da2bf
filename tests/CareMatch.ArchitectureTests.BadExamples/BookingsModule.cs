using CareMatch.Needs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.ArchitectureTests.BadExamples;

/// <summary>
/// Shaped exactly like a real module entry point, so the rules can be run on this assembly
/// "as if it were the Bookings module". Its body is the bad part: it wires up another
/// module's implementation instead of talking to it through contracts.
/// </summary>
public static class BookingsModule
{
    public static IServiceCollection AddBookingsModule(this IServiceCollection services, IConfiguration configuration) =>
        services.AddNeedsModule(configuration);
}
