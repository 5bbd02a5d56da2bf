using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using CareMatch.FakeStripe;
using Hangfire;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CareMatch.BrowserTests;

/// <summary>
/// The app on its embedded defaults (SQLite, job server on) listening on a real loopback
/// port, and one headless Debian Chromium for the tests to drive. A first admin is created at
/// start, and emails are written to a folder the tests read, as a person reads their inbox.
/// Without Stripe keys it takes payments through the simulated gateway; <see cref="StripeBrowserApp"/>
/// points it at a fake Stripe instead.
/// </summary>
public class BrowserApp : IAsyncLifetime
{
    private static readonly string[] ChromiumFlags =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
    ];

    /// <summary>Which app each person's browser context was opened on, for the helpers that are given only a page.</summary>
    private static readonly ConditionalWeakTable<IBrowserContext, BrowserApp> AppOfContext = new();

    private readonly string _folder = Directory.CreateTempSubdirectory("carematch-browser-").FullName;
    private readonly AppFactory _factory;
    private IPlaywright? _playwright;

    public BrowserApp()
        : this(stripe: null)
    {
    }

    protected BrowserApp(FakeStripeServer? stripe)
    {
        Stripe = stripe;
        MailFolder = Path.Combine(_folder, "mail");
        _factory = new AppFactory(Path.Combine(_folder, "carematch.db"), MailFolder, AdminEmail, AdminPassword, Clock, stripe);
    }

    /// <summary>The fake Stripe the app's keys point at, or null when it uses the simulated gateway.</summary>
    public FakeStripeServer? Stripe { get; }

    /// <summary>The app's clock: the real time, or later once a test moved it on (it never goes back).</summary>
    public AheadTimeProvider Clock { get; } = new();

    /// <summary>The first admin, created at start from <c>Accounts:BootstrapAdmin</c>.</summary>
    public string AdminEmail { get; } = $"admin-{Guid.NewGuid():N}@example.test";

    public string AdminPassword { get; } = $"admin passphrase {Guid.NewGuid():N}";

    /// <summary>Where the app writes each email it sends, one .eml file per email.</summary>
    public string MailFolder { get; }

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
        // The hosted pages post what they cause to the app, signed, as Stripe's webhooks would.
        if (Stripe is not null) Stripe.WebhookUrl = $"{BaseUrl}/stripe/webhook";

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("CAREMATCH_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            Args = ChromiumFlags,
        });
    }

    /// <summary>A page in a browser context of its own: a separate person, with their own cookies.</summary>
    public async Task<IPage> NewPageAsync(int width = 1024)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            ViewportSize = new ViewportSize { Width = width, Height = 900 },
        });
        AppOfContext.Add(context, this);
        return await context.NewPageAsync();
    }

    /// <summary>The app a page from <see cref="NewPageAsync"/> is on.</summary>
    public static BrowserApp Of(IPage page) =>
        AppOfContext.TryGetValue(page.Context, out var app) ? app : throw new InvalidOperationException("The page was not opened with BrowserApp.NewPageAsync.");

    /// <summary>
    /// Waits until the job server has no job waiting or running: what a click set going in the
    /// background (an outbox drain, and the drains its handlers cause in turn) is then done, so
    /// a page loaded next shows it. The jobs are queued before the click's answer comes back.
    /// </summary>
    public async Task BackgroundJobsDoneAsync()
    {
        var monitoring = _factory.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline
               && (monitoring.ProcessingCount() > 0 || monitoring.Queues().Any(queue => queue.Length > 0 || queue.Fetched > 0)))
        {
            await Task.Delay(50);
        }
    }

    /// <summary>
    /// The newest email to <paramref name="to"/> whose subject contains <paramref name="subject"/>,
    /// waiting a few seconds for it to arrive.
    /// </summary>
    public async Task<SentEmail> LatestEmailAsync(string to, string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (true)
        {
            var emails = ReadEmails();
            var found = emails.LastOrDefault(email =>
                string.Equals(email.To, to, StringComparison.OrdinalIgnoreCase) && email.Subject.Contains(subject, StringComparison.Ordinal));
            if (found is not null) return found;
            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"No email to {to} with \"{subject}\" in its subject. Emails sent:\n" +
                    string.Join("\n", emails.Select(email => $"{email.To}: {email.Subject}")));
            }
            await Task.Delay(200);
        }
    }

    // File names start with the time sent, so ordinal order is the order they were sent in.
    private List<SentEmail> ReadEmails() => Directory.Exists(MailFolder)
        ? [.. Directory.GetFiles(MailFolder, "*.eml").Order(StringComparer.Ordinal).Select(file => SentEmail.Parse(File.ReadAllText(file)))]
        : [];

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        await _factory.DisposeAsync();
        if (Stripe is not null) await Stripe.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean from /tmp.
        }
    }

    private const int TestPasswordHashIterations = 1_000;

    private sealed class AppFactory(string databaseFile, string mailFolder, string adminEmail, string adminPassword, TimeProvider clock, FakeStripeServer? stripe)
        : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Testing");
            builder.UseSetting("Database:Provider", "Sqlite");
            builder.UseSetting("Database:ConnectionString", $"Data Source={databaseFile}");
            builder.UseSetting("Hangfire:ServerEnabled", "true");
            // Idle workers look for jobs five times a second, so what a click sets going in the background is done soon after.
            builder.UseSetting("Hangfire:QueuePollInterval", "00:00:00.2");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");
            builder.UseSetting("Demo:SeedOnStart", "false");
            builder.UseSetting("Providers:Uploads:Folder", Path.Combine(Path.GetTempPath(), $"carematch-browser-uploads-{Guid.NewGuid():N}"));
            builder.UseSetting("Accounts:BootstrapAdmin:Email", adminEmail);
            builder.UseSetting("Accounts:BootstrapAdmin:Password", adminPassword);
            builder.UseSetting("Email:PickupFolder", mailFolder);
            // Every test signs in from 127.0.0.1, and the whole run takes under a minute: the
            // per-address limit on account forms (10 a minute) would refuse the later tests.
            builder.UseSetting("Security:AccountFormPostsPerMinute", "1000");
            // Visits booked for tomorrow may be checked into today, so the journeys never
            // depend on the hour they run at (30 minutes before the start in production).
            builder.UseSetting("Bookings:CheckInOpensBefore", "2.00:00:00");
            if (stripe is not null)
            {
                builder.UseSetting("Payments:Stripe:SecretKey", "sk_test_browser");
                builder.UseSetting("Payments:Stripe:WebhookSecret", StripeBrowserApp.WebhookSecret);
                builder.UseSetting("Payments:Stripe:ApiBase", stripe.Url);
            }
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton(clock);
                // As in the integration tests: a password hash of production strength costs about 0.2 s of
                // CPU here, for every sign-up and sign-in. The integration tests check that strength.
                services.PostConfigure<PasswordHasherOptions>(options => options.IterationCount = TestPasswordHashIterations);
            });
        }
    }
}

/// <summary>An email the app wrote to its pickup folder.</summary>
public sealed partial record SentEmail(string To, string Subject, string Body)
{
    /// <summary>The one absolute link in the body.</summary>
    public Uri Link
    {
        get
        {
            var match = LinkPattern().Match(Body);
            Assert.True(match.Success, $"The email \"{Subject}\" to {To} has no link:\n{Body}");
            return new Uri(match.Value);
        }
    }

    public static SentEmail Parse(string text)
    {
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        var body = split < 0 ? string.Empty : text[(split + 4)..];
        var headers = head.Split("\r\n")
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim(), StringComparer.OrdinalIgnoreCase)
            .ToDictionary(group => group.Key, group => group.First()[1].Trim(), StringComparer.OrdinalIgnoreCase);
        return new SentEmail(headers.GetValueOrDefault("To", ""), headers.GetValueOrDefault("Subject", ""), body);
    }

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex LinkPattern();
}
