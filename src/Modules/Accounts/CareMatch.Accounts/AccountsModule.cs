using CareMatch.Accounts.Admins;
using CareMatch.Accounts.Persistence;
using CareMatch.Accounts.Roles;
using CareMatch.SharedKernel.Jobs;
using CareMatch.SharedKernel.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Accounts;

public static class AccountsModule
{
    /// <summary>
    /// Identity's stores over this module's context. The host adds the cookie and sign-in
    /// pages; this module owns the users, roles and the events about them.
    /// </summary>
    public static IServiceCollection AddAccountsModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<AccountsDbContext>(AccountsDbContext.Schema);
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders();
        services.AddScoped<IModuleInitializer, RoleInitializer>();
        services.AddSingleton(configuration.GetSection(BootstrapAdminSettings.Section).Get<BootstrapAdminSettings>()
            ?? new BootstrapAdminSettings());
        services.AddScoped<IModuleInitializer, BootstrapAdminInitializer>();
        services.AddValidatorsFromAssembly(typeof(AccountsModule).Assembly, includeInternalTypes: true);
        return services;
    }
}
