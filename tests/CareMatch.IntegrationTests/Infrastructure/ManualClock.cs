using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Infrastructure;

/// <summary>Puts the app (and its sign-in cookies) on a clock the test moves.</summary>
public static class ManualClock
{
    public static void UseManualClock(this IWebHostBuilder builder, ManualTimeProvider time) =>
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(time);
            services.PostConfigure<SecurityStampValidatorOptions>(options => options.TimeProvider = time);
            services.PostConfigure<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme, options => options.TimeProvider = time);
        });
}

/// <summary>A factory whose app runs on a clock the test moves.</summary>
public interface IClockedFactory
{
    ManualTimeProvider Time { get; }
}
