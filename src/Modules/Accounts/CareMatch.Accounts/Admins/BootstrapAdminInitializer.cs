using CareMatch.Accounts.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Hosting;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Validation;
using Microsoft.Extensions.Logging;

namespace CareMatch.Accounts.Admins;

/// <summary>Creates the configured first admin at start (after the roles exist), through the same command as the CLI.</summary>
internal sealed class BootstrapAdminInitializer(
    IModuleSender sender,
    BootstrapAdminSettings settings,
    ILogger<BootstrapAdminInitializer> logger) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Email) || string.IsNullOrWhiteSpace(settings.Password)) return;
        try
        {
            await sender.Send(new CreateAdminAccount(settings.Email, settings.Password), cancellationToken);
        }
        catch (InputValidationException invalid)
        {
            logger.LogError("The configured first admin could not be created: {Errors}", invalid.Message);
        }
    }
}
