using CareMatch.Providers.Expiry;
using CareMatch.Providers.Persistence;
using CareMatch.Providers.Uploads;
using CareMatch.SharedKernel.Scheduling;
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

        var uploads = new UploadSettings();
        if (configuration[$"{UploadSettings.Section}:{nameof(UploadSettings.Folder)}"] is { Length: > 0 } folder) uploads.Folder = folder;
        // Relative folders sit under the content root (the host's "contentRoot" setting), like App_Data's database.
        var contentRoot = configuration["contentRoot"] ?? Directory.GetCurrentDirectory();
        services.AddSingleton<IUploadStore>(new LocalFolderUploadStore(Path.GetFullPath(uploads.Folder, contentRoot)));

        services.AddScoped<IScheduledTask, CredentialExpiryTask>();
        return services;
    }
}
