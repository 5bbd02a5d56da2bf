using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Security;
using CareMatch.Needs.Contracts;
using CareMatch.Needs.Persistence;
using CareMatch.SharedKernel.Scheduling;
using CareMatch.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Needs;

/// <summary>The hourly job expires open requests whose dates have passed, and only those, telling the other modules.</summary>
public sealed class CareRequestExpiryTests(TimeControlledAppFactory factory) : IClassFixture<TimeControlledAppFactory>
{
    [Fact]
    public async Task Open_requests_whose_dates_have_passed_expire_and_the_rest_are_left_alone()
    {
        var (seeker, _) = await factory.NewSeekerAsync();
        var visitInTwoDays = await seeker.PostRequestAsync(CareRequestForms.OneOff(inDays: 2));
        var draftVisit = await seeker.PostRequestAsync(CareRequestForms.OneOff(inDays: 2), publish: false);
        var weeklyNoEnd = await seeker.PostRequestAsync(CareRequestForms.Weekly(startInDays: 1));
        var weeklyWithEnd = CareRequestForms.Weekly(startInDays: 1);
        CareRequestForms.SetDate(weeklyWithEnd, "Input.EndDate", CareRequestForms.InDays(20));
        var weeklyEndingSoon = await seeker.PostRequestAsync(weeklyWithEnd);

        factory.Time.Advance(TimeSpan.FromDays(4));
        await RunJobAsync();

        Assert.Equal(CareRequestStatus.Expired, await StatusOf(visitInTwoDays));
        Assert.Equal(CareRequestStatus.Draft, await StatusOf(draftVisit));
        Assert.Equal(CareRequestStatus.Open, await StatusOf(weeklyNoEnd));
        Assert.Equal(CareRequestStatus.Open, await StatusOf(weeklyEndingSoon));
        var closed = await factory.InScopeAsync(services => services.GetRequiredService<NeedsDbContext>().Set<OutboxMessage>()
            .Where(m => m.Type.Contains(nameof(CareRequestClosed)) && m.Payload.Contains(visitInTwoDays.ToString())).ToListAsync());
        var message = Assert.Single(closed);
        Assert.Equal(CareRequestStatus.Expired, ((CareRequestClosed)IntegrationEventSerializer.Deserialize(message.Type, message.Payload)).FinalStatus);

        // Past the weekly end date, and four weeks after an open-ended pattern should have started.
        factory.Time.Advance(TimeSpan.FromDays(26));
        await RunJobAsync();

        Assert.Equal(CareRequestStatus.Expired, await StatusOf(weeklyEndingSoon));
        Assert.Equal(CareRequestStatus.Expired, await StatusOf(weeklyNoEnd));

        // Running again changes nothing and writes no second event.
        await RunJobAsync();
        var events = await factory.InScopeAsync(services => services.GetRequiredService<NeedsDbContext>().Set<OutboxMessage>()
            .CountAsync(m => m.Type.Contains(nameof(CareRequestClosed)) && m.Payload.Contains(visitInTwoDays.ToString())));
        Assert.Equal(1, events);
    }

    [Fact]
    public void The_expiry_job_is_registered_for_the_host_to_schedule()
    {
        using var scope = factory.Services.CreateScope();
        var job = Assert.Single(scope.ServiceProvider.GetServices<IScheduledTask>(), j => j.Id.StartsWith("needs-", StringComparison.Ordinal));
        Assert.Equal("5 * * * *", job.Cron);
    }

    private Task RunJobAsync() => factory.InScopeAsync(services =>
        services.GetServices<IScheduledTask>().Single(j => j.Id.StartsWith("needs-", StringComparison.Ordinal)).RunAsync(CancellationToken.None));

    private Task<CareRequestStatus> StatusOf(Guid id) => factory.InScopeAsync(services =>
        services.GetRequiredService<NeedsDbContext>().CareRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync());
}
