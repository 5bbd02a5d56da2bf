using CareMatch.Accounts;
using CareMatch.Bookings;
using CareMatch.Commissioning;
using CareMatch.Matching;
using CareMatch.Needs;
using CareMatch.Payments;
using CareMatch.Providers;
using CareMatch.SharedKernel.Behaviors;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Persistence;
using CareMatch.SharedKernel.Time;
using CareMatch.Web.Infrastructure.Database;
using CareMatch.Web.Infrastructure.Health;
using CareMatch.Web.Infrastructure.Identity;
using CareMatch.Web.Infrastructure.Jobs;
using CareMatch.Web.Infrastructure.Validation;
using Hangfire;
using Microsoft.AspNetCore.Identity;

var builder = WebApplication.CreateBuilder(args);

var database = DatabaseSettings.From(builder.Configuration, builder.Environment.ContentRootPath);
builder.Services.AddSingleton(database);
builder.Services.AddSingleton<IModuleDbContextConfigurer, ModuleDbContextConfigurer>();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<IClock, SystemClock>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<ICurrentUser, HttpCurrentUser>();

builder.Services
    .AddAccountsModule(builder.Configuration)
    .AddNeedsModule(builder.Configuration)
    .AddProvidersModule(builder.Configuration)
    .AddMatchingModule(builder.Configuration)
    .AddBookingsModule(builder.Configuration)
    .AddPaymentsModule(builder.Configuration)
    .AddCommissioningModule(builder.Configuration);

builder.Services.AddMediator((Mediator.MediatorOptions options) =>
{
    options.ServiceLifetime = ServiceLifetime.Scoped;
    // Every assembly that holds messages or handlers. The generator refuses an assembly that
    // does not use Mediator yet, so a module joins this list with its first handler.
    options.Assemblies =
    [
        typeof(AccountsModule), typeof(CareMatch.Accounts.Contracts.AccountRoles),
        typeof(ProvidersModule), typeof(CareMatch.Providers.Contracts.GetMyCarerProfile),
    ];
    options.PipelineBehaviors = [typeof(LoggingBehavior<,>), typeof(ValidationBehavior<,>), typeof(UnitOfWorkBehavior<,>)];
});

builder.Services.AddAuthentication(options =>
    {
        options.DefaultScheme = IdentityConstants.ApplicationScheme;
        options.DefaultSignInScheme = IdentityConstants.ExternalScheme;
    })
    .AddIdentityCookies();
builder.Services.ConfigureApplicationCookie(cookie =>
{
    cookie.LoginPath = "/Account/SignIn";
    cookie.LogoutPath = "/Account/SignOut";
    cookie.AccessDeniedPath = "/Account/AccessDenied";
});
builder.Services.AddAuthorization();

builder.Services.AddRazorPages(pages => pages.Conventions.ConfigureFilter(new InputValidationPageFilter()));
builder.Services.AddCareMatchJobs(builder.Configuration, database);
builder.Services.AddHealthChecks()
    .AddCheck<ModuleDatabasesHealthCheck>("database")
    .AddCheck<HangfireHealthCheck>("jobs");

var app = builder.Build();

await DatabaseInitializer.InitializeAsync(app.Services, app.Lifetime.ApplicationStopping);
app.Services.ScheduleRecurringJobs();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Error");
    app.UseHsts();
}
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
app.UseAuthorization();

app.MapRazorPages();
app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions
{
    ResponseWriter = HealthResponseWriter.WriteAsync,
});
app.UseHangfireDashboard("/jobs", new DashboardOptions
{
    Authorization = [new AdminOnlyDashboardFilter()],
    DashboardTitle = "CareMatch jobs",
});

await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
