using System.Net;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Needs;
using CareMatch.Matching.Persistence;
using CareMatch.SharedKernel.Scheduling;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Matching;

/// <summary>
/// In-app job alerts: when a request opens, its best-ranked carers are told, once each; a
/// carer who joins later and ranks among the best is told by the re-match; closed requests
/// drop out; only public facts are shown; only carers have alerts.
/// </summary>
public abstract class JobAlertsTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    [Fact]
    public async Task When_a_request_opens_its_best_carers_are_told_once_and_can_mark_it_read()
    {
        var near = await factory.CarerWithSkillAsync("Alma Alert", "LS6 2AB", "StomaCare");
        var inInverness = await factory.CarerWithSkillAsync("Ivor Inverness", "IV2 3AA", "StomaCare");
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("StomaCare"));
        await factory.DrainOutboxAsync();

        var home = WebUtility.HtmlDecode(await near.Client.GetStringAsync("/Carer"));
        Assert.Contains("1 new request fits you", home, StringComparison.Ordinal);
        var alerts = WebUtility.HtmlDecode(await near.Client.GetStringAsync("/Carer/Alerts"));
        Assert.Contains($"data-request-id=\"{requestId}\"", alerts, StringComparison.Ordinal);
        Assert.Contains("Personal care in LS1 4", alerts, StringComparison.Ordinal);
        Assert.Contains(">New<", alerts, StringComparison.Ordinal);
        Assert.DoesNotContain(CareRequestForms.AddressLine, alerts, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"(?i)LS1\s*4AP", alerts);
        Assert.Contains("No alerts at the moment", await inInverness.Client.GetStringAsync("/Carer/Alerts"), StringComparison.Ordinal);

        // The hourly re-match and a second drain tell nobody twice.
        await factory.RunRematchAsync();
        await factory.DrainOutboxAsync();
        Assert.Equal(1, await AlertsForAsync(requestId));

        var marked = await near.Client.SubmitAsync("/Carer/Alerts", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.DoesNotContain("new request fits you", await near.Client.GetStringAsync("/Carer"), StringComparison.Ordinal);
        var read = WebUtility.HtmlDecode(await near.Client.GetStringAsync("/Carer/Alerts"));
        Assert.Contains($"data-request-id=\"{requestId}\"", read, StringComparison.Ordinal);
        Assert.DoesNotContain(">New<", read, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_carer_verified_after_the_request_opened_is_told_when_they_rank_among_the_best()
    {
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("Parkinsons"));
        await factory.DrainOutboxAsync();
        Assert.Equal(0, await AlertsForAsync(requestId));

        var late = await factory.CarerWithSkillAsync("Lena Late", "LS6 2AB", "Parkinsons");

        Assert.Contains($"data-request-id=\"{requestId}\"", await late.Client.GetStringAsync("/Carer/Alerts"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_cancelled_request_drops_out_of_the_alerts()
    {
        var carer = await factory.CarerWithSkillAsync("Cora Cancel", "LS6 2AB", "Epilepsy");
        var (seeker, _) = await factory.NewSeekerAsync();
        var requestId = await seeker.PostRequestAsync(ShortlistSetup.RequestNeeding("Epilepsy"));
        await factory.DrainOutboxAsync();
        Assert.Contains($"data-request-id=\"{requestId}\"", await carer.Client.GetStringAsync("/Carer/Alerts"), StringComparison.Ordinal);

        var cancelled = await seeker.SubmitAsync($"/Seeker/Requests/{requestId}/Cancel", new Dictionary<string, string> { ["Input.Reason"] = "Family are helping now" });
        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        await factory.DrainOutboxAsync();

        Assert.DoesNotContain(requestId.ToString(), await carer.Client.GetStringAsync("/Carer/Alerts"), StringComparison.Ordinal);
        Assert.Equal(0, await AlertsForAsync(requestId));
    }

    [Fact]
    public async Task Only_carers_have_job_alerts()
    {
        var (seeker, _) = await factory.NewSeekerAsync();

        Assert.Equal(HttpStatusCode.Forbidden, (await seeker.GetAsync("/Carer/Alerts")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await factory.CreateBrowserLikeClient().GetAsync("/Carer/Alerts")).StatusCode);
    }

    [Fact]
    public void The_rematch_runs_every_hour()
    {
        using var scope = factory.Services.CreateScope();
        var job = Assert.Single(scope.ServiceProvider.GetServices<IScheduledTask>(), j => j.Id == MatchingJobs.RematchJobId);
        Assert.Equal("0 * * * *", job.Cron);
    }

    private Task<int> AlertsForAsync(Guid requestId) => factory.InScopeAsync(services =>
        services.GetRequiredService<MatchingDbContext>().JobAlerts.CountAsync(a => a.RequestId == requestId));
}

public sealed class JobAlertsTestsOnSqlite(SqliteAppFactory factory) : JobAlertsTests<SqliteAppFactory>(factory);

public sealed class JobAlertsTestsOnPostgreSql(PostgresAppFactory factory) : JobAlertsTests<PostgresAppFactory>(factory);
