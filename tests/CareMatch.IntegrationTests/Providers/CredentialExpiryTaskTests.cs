using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Expiry;
using CareMatch.Providers.Persistence;
using CareMatch.SharedKernel.Email;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CareMatch.IntegrationTests.Providers;

/// <summary>
/// The daily job, run as Hangfire would (from the registered IScheduledTask) but on a day the
/// test chooses: it warns 30 days ahead, once, and hides carers whose DBS or insurance lapsed.
/// </summary>
public abstract class CredentialExpiryTaskTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow);

    [Fact]
    public void The_job_is_registered_for_the_host_to_schedule_daily()
    {
        using var scope = factory.Services.CreateScope();
        var job = Assert.Single(scope.ServiceProvider.GetServices<IScheduledTask>(), j => j.Id == "providers-credential-expiry");
        Assert.Equal("0 6 * * *", job.Cron);
    }

    [Fact]
    public async Task Insurance_ending_within_30_days_is_warned_about_by_email_once()
    {
        var carer = await factory.BookableCarerAsync(insuranceExpires: Today.AddDays(20));

        await RunJobAsync(daysFromNow: 0);
        await RunJobAsync(daysFromNow: 1);

        var warnings = factory.EmailsTo(carer.Email).Where(e => e.Contains("public liability insurance expires on", StringComparison.Ordinal)).ToList();
        Assert.Single(warnings);
        Assert.True(await IsBookableAsync(carer.ProfileId));
        Assert.Contains("Your public liability insurance expires on", await carer.Client.GetStringAsync("/Carer"));
    }

    [Fact]
    public async Task Lapsed_insurance_hides_the_carer_tells_them_and_tells_other_modules()
    {
        var carer = await factory.BookableCarerAsync(insuranceExpires: Today.AddDays(10));

        await RunJobAsync(daysFromNow: 11);

        Assert.False(await IsBookableAsync(carer.ProfileId));
        var status = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>().CarerProfiles
            .Where(p => p.Id == carer.ProfileId).Select(p => p.Status).SingleAsync());
        Assert.Equal(CarerProfileStatus.Lapsed, status);
        Assert.Contains(factory.EmailsTo(carer.Email), e => e.Contains("You are hidden from seekers", StringComparison.Ordinal));
        Assert.Single(await OutboxPayloadsAsync(nameof(CarerSuspended), carer.ProfileId));

        await RunJobAsync(daysFromNow: 12);
        Assert.Single(await OutboxPayloadsAsync(nameof(CarerSuspended), carer.ProfileId));
    }

    [Fact]
    public async Task A_DBS_over_three_years_old_lapses_unless_it_is_on_the_update_service()
    {
        var dbsIssued = Today.AddYears(-3).AddDays(5);
        var offService = await factory.BookableCarerAsync(dbsIssued: dbsIssued, dbsOnUpdateService: false);
        var onService = await factory.BookableCarerAsync(dbsIssued: dbsIssued, dbsOnUpdateService: true);

        await RunJobAsync(daysFromNow: 0);
        Assert.Contains(factory.EmailsTo(offService.Email), e => e.Contains("enhanced dbs check expires on", StringComparison.OrdinalIgnoreCase));
        Assert.DoesNotContain(factory.EmailsTo(onService.Email), e => e.Contains("expires on", StringComparison.Ordinal));

        await RunJobAsync(daysFromNow: 6);

        Assert.False(await IsBookableAsync(offService.ProfileId));
        Assert.True(await IsBookableAsync(onService.ProfileId));
    }

    [Fact]
    public async Task A_renewed_and_verified_credential_makes_a_lapsed_carer_bookable_again()
    {
        var carer = await factory.BookableCarerAsync(insuranceExpires: Today.AddDays(3));
        await RunJobAsync(daysFromNow: 4);
        Assert.False(await IsBookableAsync(carer.ProfileId));

        // Renewed today (the real app's clock): the new cover runs for a year.
        var renewed = Today.AddYears(1);
        await carer.SubmitCredentialAsync(CredentialKind.PublicLiabilityInsurance, new Dictionary<string, string>
        {
            ["Input.ExpiresOn.Day"] = renewed.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ExpiresOn.Month"] = renewed.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.ExpiresOn.Year"] = renewed.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var admin = await factory.AdminAsync();
        var credentialId = await factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>().Credentials
            .Where(c => c.ProfileId == carer.ProfileId && c.Kind == CredentialKind.PublicLiabilityInsurance).Select(c => c.Id).SingleAsync());
        await admin.SubmitAsync($"/Admin/Carers/Review/{carer.ProfileId}", new Dictionary<string, string> { ["credentialId"] = credentialId.ToString() }, handler: "Verify");

        Assert.True(await IsBookableAsync(carer.ProfileId));
    }

    /// <summary>Runs the registered job with the same services, but on the day chosen.</summary>
    private Task RunJobAsync(int daysFromNow) =>
        factory.InScopeAsync(services => new CredentialExpiryTask(
                services.GetRequiredService<ProvidersDbContext>(),
                new FixedClock(DateTimeOffset.UtcNow.AddDays(daysFromNow)),
                services.GetRequiredService<IEmailSender>(),
                services.GetRequiredService<ILogger<CredentialExpiryTask>>())
            .RunAsync(CancellationToken.None));

    private Task<bool> IsBookableAsync(Guid profileId) =>
        factory.AskAsModuleAsync(new IsCarerBookable(profileId));

    private Task<List<string>> OutboxPayloadsAsync(string eventName, Guid profileId) =>
        factory.InScopeAsync(services => services.GetRequiredService<ProvidersDbContext>().Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Type.Contains(eventName) && m.Payload.Contains(profileId.ToString()))
            .Select(m => m.Payload).ToListAsync());

    private sealed class FixedClock(DateTimeOffset now) : IClock
    {
        public DateTimeOffset UtcNow => now;
    }
}

public sealed class CredentialExpiryTaskTestsOnSqlite(SqliteAppFactory factory) : CredentialExpiryTaskTests<SqliteAppFactory>(factory);

public sealed class CredentialExpiryTaskTestsOnPostgreSql(PostgresAppFactory factory) : CredentialExpiryTaskTests<PostgresAppFactory>(factory);
