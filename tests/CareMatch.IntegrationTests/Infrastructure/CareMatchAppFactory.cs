using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Infrastructure;

/// <summary>
/// The real host over a real, freshly migrated database. Subclasses choose the provider.
/// The job server is off unless a test needs it, so tests drive jobs themselves.
/// </summary>
public abstract class CareMatchAppFactory : WebApplicationFactory<Program>
{
    public const string AdminEmail = "admin@carematch.test";
    public const string AdminPassword = "correct horse battery staple";

    protected abstract string Provider { get; }

    protected abstract string ConnectionString { get; }

    protected virtual bool JobServerEnabled => false;

    /// <summary>
    /// Off by default: a password hash of production strength (210,000 iterations) costs about
    /// 180 ms here, and the suite registers and signs in thousands of times. The factories that
    /// test the hashing itself (its strength, and equal timing for unknown emails) turn it on.
    /// </summary>
    protected virtual bool ProductionPasswordHashing => false;

    private const int TestPasswordHashIterations = 1_000;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("Database:ConnectionString", ConnectionString);
        builder.UseSetting("Hangfire:ServerEnabled", JobServerEnabled ? "true" : "false");
        builder.UseSetting("Hangfire:QueuePollInterval", "00:00:01");
        builder.UseSetting("Accounts:BootstrapAdmin:Email", AdminEmail);
        builder.UseSetting("Accounts:BootstrapAdmin:Password", AdminPassword);
        builder.UseSetting("Logging:LogLevel:Default", "Warning");
        builder.UseSetting("Email:PickupFolder", MailFolder);
        builder.UseSetting("App:PublicUrl", "https://localhost");
        builder.UseSetting("Demo:SeedOnStart", "false");
        builder.UseSetting("Providers:Uploads:Folder", Directory.CreateTempSubdirectory("carematch-uploads-").FullName);
        builder.UseSetting("Security:AccountFormPostsPerMinute", AccountFormPostsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Security:OpenDataRequestsPerMinute", OpenDataRequestsPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!ProductionPasswordHashing)
        {
            builder.ConfigureTestServices(services =>
                services.PostConfigure<PasswordHasherOptions>(options => options.IterationCount = TestPasswordHashIterations));
        }
    }

    /// <summary>Where this app's emails land, one .eml file each.</summary>
    public string MailFolder { get; } = Directory.CreateTempSubdirectory("carematch-mail-").FullName;

    /// <summary>High by default so tests that post many forms are not throttled; the rate-limit test lowers it.</summary>
    protected virtual int AccountFormPostsPerMinute => 10_000;

    /// <summary>The same for anonymous open-data requests.</summary>
    protected virtual int OpenDataRequestsPerMinute => 10_000;

    /// <summary>A client that keeps cookies and does not follow redirects. HTTPS, because the auth cookie is Secure.</summary>
    public HttpClient CreateBrowserLikeClient(string host = "localhost") =>
        CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri($"https://{host}"),
        });
}
