using CareMatch.Accounts.Contracts;
using CareMatch.SharedKernel.Jobs;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Logging;

namespace CareMatch.Accounts.Admins;

/// <summary>Creates the configured first admin if there is none with that email. Runs after the role initializer.</summary>
internal sealed class BootstrapAdminInitializer(
    UserManager<IdentityUser> users,
    BootstrapAdminSettings settings,
    ILogger<BootstrapAdminInitializer> logger) : IModuleInitializer
{
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(settings.Email) || string.IsNullOrWhiteSpace(settings.Password)) return;
        if (await users.FindByEmailAsync(settings.Email) is not null) return;

        var admin = new IdentityUser { UserName = settings.Email, Email = settings.Email, EmailConfirmed = true };
        var created = await users.CreateAsync(admin, settings.Password);
        if (!created.Succeeded)
        {
            logger.LogError("The configured first admin could not be created: {Errors}",
                string.Join("; ", created.Errors.Select(e => e.Description)));
            return;
        }
        await users.AddToRoleAsync(admin, AccountRoles.Admin);
        logger.LogInformation("Created the first admin account {Email}", settings.Email);
    }
}
