using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>
/// The app on its embedded defaults (SQLite, job server on) listening on a real loopback
/// port, and one headless Debian Chromium for the tests to drive.
/// </summary>
public sealed class BrowserApp : IAsyncLifetime
{
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    private readonly string _folder = Directory.CreateTempSubdirectory("carematch-browser-").FullName;
    private readonly AppFactory _factory;
    private IPlaywright? _playwright;

    public BrowserApp() => _factory = new AppFactory(Path.Combine(_folder, "carematch.db"));

    public string BaseUrl { get; private set; } = string.Empty;

    public IBrowser Browser { get; private set; } = null!;

    public static string ScreenshotFolder { get; } =
        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots")).FullName;

    public async Task InitializeAsync()
    {
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseUrl = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!
            .Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal).Replace("localhost", "127.0.0.1", StringComparison.Ordinal);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CAREMATCH_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumFlags,
        });
    }

    public async Task<IPage> NewPageAsync(int width = 1024)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean from /tmp.
        }
    }

    private sealed class AppFactory(string databaseFile) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", $"Data Source={databaseFile}");
            builder.UseSetting("Hangfire:ServerEnabled", "true");
            builder.UseSetting("Hangfire:QueuePollInterval", "00:00:01");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
        }
    }
}
