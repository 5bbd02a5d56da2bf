using CareMatch.Accounts;
using CareMatch.Accounts.Contracts;
using CareMatch.Bookings;
using CareMatch.Commissioning;
using CareMatch.Matching;
using CareMatch.Needs;
using CareMatch.Notifications;
using CareMatch.Payments;
using CareMatch.Web.Infrastructure.Payments;
using CareMatch.Providers;
using CareMatch.Trust;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Behaviors;
using CareMatch.SharedKernel.Geography;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Persistence;
using CareMatch.SharedKernel.Time;
using CareMatch.Web.Infrastructure.CommandLine;
using CareMatch.Web.Infrastructure.Database;
using CareMatch.Web.Infrastructure.Demo;
using CareMatch.Web.Infrastructure.Demo.History;
using CareMatch.Web.Infrastructure.Email;
using CareMatch.Web.Infrastructure.Health;
using CareMatch.Web.Infrastructure.Identity;
using CareMatch.Web.Infrastructure.Scheduling;
using CareMatch.Web.Infrastructure.Links;
using CareMatch.Web.Infrastructure.OpenData;
using CareMatch.Web.Infrastructure.PersonalData;
using CareMatch.Web.Infrastructure.Security;
using CareMatch.Web.Infrastructure.Validation;
using Hangfire;

var builder = WebApplication.CreateBuilder(args);

var database = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
var security = builder.Configuration.GetSection(SecuritySettings.Section).Get<SecuritySettings>() ?? new SecuritySettings();
builder.Services.AddSingleton(database);
builder.Services.AddSingleton(security);
builder.Services.AddSingleton<IModuleDbContextConfigurer, ModuleDbContextConfigurer>();
// The system clock, or a movable one only in a process that may seed the demo, which moves it into the past and back before serving (see DemoTimeRegistration).
builder.Services.AddCareMatchTime(builder.Configuration, builder.Environment, database, args);
builder.Services.AddSingleton<IClock, SystemClock>();
builder.Services.AddSingleton<IPostcodeGeocoder, CentroidTableGeocoder>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<HttpCurrentUser>();
builder.Services.AddScoped<ICurrentUser>(provider => provider.GetRequiredService<HttpCurrentUser>());
builder.Services.AddScoped<IModuleSender, ModuleSender>();
builder.Services.AddScoped<IAccountLinks, AccountLinks>();
builder.Services.AddScoped<CareMatch.Notifications.Contracts.INotificationLinks, NotificationLinks>();
builder.Services.AddScoped<CareMatch.Needs.Contracts.INeedsLinks, NeedsLinks>();
builder.Services.AddScoped<PersonalDataDownload>();
builder.Services.AddCareMatchEmail(builder.Configuration);
builder.Services.AddSingleton(builder.Configuration.GetSection(DemoSettings.Section).Get<DemoSettings>() ?? new DemoSettings());
builder.Services.AddSingleton<DemoActing>();
builder.Services.AddSingleton<DemoBudget>();
builder.Services.AddSingleton<DemoHistory>();
builder.Services.AddSingleton<DemoSeeder>();

builder.Services
    .AddAccountsModule(builder.Configuration)
    .AddNeedsModule(builder.Configuration)
    .AddProvidersModule(builder.Configuration)
    .AddMatchingModule(builder.Configuration)
    .AddBookingsModule(builder.Configuration)
    .AddPaymentsModule(builder.Configuration)
    .AddCommissioningModule(builder.Configuration)
    .AddTrustModule(builder.Configuration)
    .AddNotificationsModule(builder.Configuration);

builder.Services.AddMediator((Mediator.MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    // Every assembly that holds messages or handlers. The generator refuses an assembly that
    // does not use Mediator yet, so a module joins this list with its first handler.
    options.Assemblies =
    [
        typeof(AccountsModule), typeof(AccountRoles),
        typeof(NeedsModule), typeof(CareMatch.Needs.Contracts.CreateCareRequest),
        typeof(ProvidersModule), typeof(CareMatch.Providers.Contracts.GetMyCarerProfile),
        typeof(MatchingModule), typeof(CareMatch.Matching.Contracts.GetShortlistForMyRequest),
        typeof(CommissioningModule), typeof(CareMatch.Commissioning.Contracts.CreateCouncil),
        typeof(BookingsModule), typeof(CareMatch.Bookings.Contracts.AcceptOffer),
        typeof(PaymentsModule), typeof(CareMatch.Payments.Contracts.GetMyPayoutAccount),
        typeof(TrustModule), typeof(CareMatch.Trust.Contracts.SendMessage),
        typeof(NotificationsModule), typeof(CareMatch.Notifications.Contracts.Notify),
        // The host's own handlers: the mail pickup folder forgets a deleted account's emails.
        typeof(CareMatch.Web.Infrastructure.Email.ForgetMailToDeletedAccounts),
    ];
    // Access first after logging: a refusal is logged, and nobody refused learns what a validator thinks.
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(AccessBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
});

builder.Services.AddCareMatchAuthentication();
builder.Services.AddAccountFormRateLimiting(security);
builder.Services.AddRazorPages(pages => pages.Conventions.ConfigureFilter(new InputValidationPageFilter()));
builder.Services.AddCareMatchScheduledTasks(builder.Configuration, database);
builder.Services.AddHealthChecks()
    .AddCheck<ModuleDatabasesHealthCheck>("database")
    .AddCheck<HangfireHealthCheck>("jobs");

// Emailed links are built from App:PublicUrl when set, else from the request's Host header,
// which a stranger controls. Production must say where it lives.
if (builder.Environment.IsProduction() && string.IsNullOrWhiteSpace(builder.Configuration["App:PublicUrl"]))
{
    throw new InvalidOperationException("Set App:PublicUrl (for example https://carematch.example.org) in production.");
}

var app = builder.Build();

await DatabaseInitializer.InitializeAsync(app.Services, app.Lifetime.ApplicationStopping);
if (args is [AdminCommand.Name, ..]) return await AdminCommand.RunAsync(app.Services, args);
if (args is [DemoCommand.Name, ..]) return await DemoCommand.RunAsync(app.Services, app.Lifetime.ApplicationStopping);
if (args is [RunTaskCommand.Name, ..]) return await RunTaskCommand.RunAsync(app.Services, args, app.Lifetime.ApplicationStopping);
if (args is [RebuildCommissioningCommand.Name, ..]) return await RebuildCommissioningCommand.RunAsync(app.Services, Console.Out, app.Lifetime.ApplicationStopping);
await DemoCommand.SeedOnFirstStartAsync(app.Services, app.Lifetime.ApplicationStopping);
app.Services.ScheduleTasks();

// First, so every answer carries the headers: error pages, 400s and the rate limiter's 429s too.
app.UseSecurityHeaders("/admin/scheduled-tasks");
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseStatusCodePagesWithReExecute("/Status/{0}");
app.UseStaticFiles();
app.UseRouting();
// After authentication: open data's limit is for anonymous callers only.
app.UseAuthentication();
app.UseRateLimiter();
app.UseAuthorization();

app.MapRazorPages();
app.MapStripeWebhook();
app.MapOpenData();
app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
{
    ResponseWriter = HealthResponseWriter.WriteAsync,
});
app.UseHangfireDashboard("/admin/scheduled-tasks", new DashboardOptions
{
    Authorization = [new AdminOnlyDashboardFilter()],
    DashboardTitle = "CareMatch scheduled tasks",
});

await app.RunAsync();
return 0;

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
