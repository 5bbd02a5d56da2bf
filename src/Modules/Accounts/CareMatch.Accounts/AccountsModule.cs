using CareMatch.Accounts.Admins;
using CareMatch.Accounts.Emails;
using CareMatch.Accounts.Passwords;
using CareMatch.Accounts.Persistence;
using CareMatch.Accounts.Roles;
using CareMatch.Accounts.Sessions;
using CareMatch.SharedKernel.Hosting;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Persistence;
using FluentValidation;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Accounts;

public static class AccountsModule
{
    internal const int MaxFailedSignIns = Contracts.SignInLimits.MaxFailedAttempts;
    internal const int LockoutMinutes = Contracts.SignInLimits.LockoutMinutes;

    /// <summary>OWASP's figure for PBKDF2-HMAC-SHA512, the algorithm Identity's V3 hashes use.</summary>
    internal const int PasswordHashIterations = 210_000;

    /// <summary>
    /// Identity's stores over this module's context, with the security baseline's account
    /// rules, and the Data Protection key ring in the same database so every node shares it.
    /// The host adds the cookies and the pages.
    /// </summary>
    public static IServiceCollection AddAccountsModule(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddModuleDbContext<AccountsDbContext>(AccountsDbContext.Schema);
        services.AddIdentityCore<IdentityUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length and the common-password list do the work; composition rules only annoy.
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequiredUniqueChars = 1;
                options.Lockout.MaxFailedAccessAttempts = MaxFailedSignIns;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(LockoutMinutes);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<AccountsDbContext>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddPasswordValidator<CommonPasswordValidator>();
        services.Configure<PasswordHasherOptions>(options =>
        {
            options.CompatibilityMode = PasswordHasherCompatibilityMode.IdentityV3;
            options.IterationCount = PasswordHashIterations;
        });
        services.Configure<DataProtectionTokenProviderOptions>(options => options.TokenLifespan = TimeSpan.FromDays(3));
        services.AddDataProtection()
            .SetApplicationName("CareMatch")
            .PersistKeysToDbContext<AccountsDbContext>();

        services.AddScoped<SessionStore>();
        services.AddScoped<SharedKernel.Audit.IAuditTrail, Audit.DatabaseAuditTrail>();
        services.AddScoped<SignIn.DummyPasswordCheck>();
        services.AddScoped<Self.CurrentPasswordCheck>();
        services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, SessionCookie.Wrap);
        services.PostConfigure<SecurityStampValidatorOptions>(SessionCookie.KeepSessionOnRefresh);
        services.AddScoped<IScheduledTask, DeleteLapsedSessions>();

        services.AddScoped<AccountEmails>();
        services.AddScoped<IModuleInitializer, RoleInitializer>();
        services.AddSingleton(configuration.GetSection(BootstrapAdminSettings.Section).Get<BootstrapAdminSettings>()
            ?? new BootstrapAdminSettings());
        services.AddScoped<IModuleInitializer, BootstrapAdminInitializer>();
        services.AddValidatorsFromAssembly(typeof(AccountsModule).Assembly, includeInternalTypes: true);
        return services;
    }
}
