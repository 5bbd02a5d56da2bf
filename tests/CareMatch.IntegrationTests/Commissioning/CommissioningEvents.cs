using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Persistence;
using CareMatch.Commissioning.Rollup;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;
using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Events;
using CareMatch.SharedKernel.Scheduling;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>A known history of Needs' and Bookings' events, fed straight to Commissioning's consumers as the outbox delivers them.</summary>
public sealed class CommissioningEvents(CareMatchAppFactory factory)
{
    /// <summary>A request posted in <paramref name="district"/>; its opened event delivered <paramref name="times"/> times.</summary>
    public Task<Guid> PostedAsync(string district, DateTimeOffset at, int times = 1) => PostedAsync(Facts(district), at, times);

    /// <summary>A request with these <paramref name="facts"/> (<see cref="Facts"/> changed with <c>with</c>); its opened event delivered <paramref name="times"/> times.</summary>
    public async Task<Guid> PostedAsync(CareRequestFacts facts, DateTimeOffset at, int times = 1)
    {
        var id = Guid.NewGuid();
        var opened = new CareRequestOpened(id, facts) { OccurredAt = at };
        for (var i = 0; i < times; i++) await PublishAsync(opened);
        return id;
    }

    /// <summary>The request is booked the day before and its first visit checked in at <paramref name="checkedInAt"/>.</summary>
    public async Task DeliveredAsync(Guid request, DateTimeOffset checkedInAt)
    {
        var booking = Guid.NewGuid();
        await PublishAsync(new BookingConfirmed(booking, request, Guid.NewGuid(), "seeker", 2000) { OccurredAt = checkedInAt.AddDays(-1) });
        await PublishAsync(new VisitCompleted(Guid.NewGuid(), booking, Guid.NewGuid(), checkedInAt, checkedInAt.AddHours(1)) { OccurredAt = checkedInAt.AddHours(1) });
    }

    /// <summary>A request posted 5 days before <paramref name="at"/> and booked 3 days before it; the booking's id.</summary>
    public async Task<Guid> BookedAsync(string district, DateTimeOffset at)
    {
        var request = await PostedAsync(district, at.AddDays(-5));
        var booking = Guid.NewGuid();
        await PublishAsync(new BookingConfirmed(booking, request, Guid.NewGuid(), "seeker", 2000) { OccurredAt = at.AddDays(-3) });
        return booking;
    }

    /// <summary>A visit due at <paramref name="startsAt"/>, checked in that many minutes after, delivered twice (the second changes nothing).</summary>
    public async Task GivenAsync(Guid booking, Guid carer, DateTimeOffset startsAt, int minutesAfterStart)
    {
        var checkedIn = startsAt.AddMinutes(minutesAfterStart);
        var completed = new VisitCompleted(Guid.NewGuid(), booking, carer, checkedIn, checkedIn.AddHours(1), startsAt) { OccurredAt = checkedIn.AddHours(1) };
        await PublishAsync(completed);
        await PublishAsync(completed);
    }

    /// <summary>The nightly roll-up, run now.</summary>
    public Task RollUpAsync() => factory.InScopeAsync(services =>
        services.GetServices<IScheduledTask>().Single(t => t.Id == RollUpMonthlyFiguresTask.JobId).RunAsync(CancellationToken.None));

    /// <summary>Only Commissioning's consumers of the event: the other modules' know nothing of these made-up requests.</summary>
    public Task PublishAsync<TEvent>(TEvent integrationEvent)
        where TEvent : IntegrationEvent =>
        factory.InScopeAsync(async services =>
        {
            foreach (var handler in services.GetServices<INotificationHandler<TEvent>>().Where(h => h.GetType().Namespace == typeof(RequestFact).Namespace))
            {
                await handler.Handle(integrationEvent, CancellationToken.None);
            }
        });

    internal Task<List<RequestFact>> FactsAsync(string district) => factory.InScopeAsync(services =>
        services.GetRequiredService<CommissioningDbContext>().RequestFacts.AsNoTracking().Where(f => f.District == district).ToListAsync());

    /// <summary>The single district of the council <paramref name="commissionerEmail"/> commissions for.</summary>
    public Task<string> DistrictOfAsync(string commissionerEmail) => factory.InScopeAsync(async services =>
        (await CouncilOfAsync(services, commissionerEmail)).District);

    public Task<Guid> CouncilIdOfAsync(string commissionerEmail) => factory.InScopeAsync(async services =>
        (await CouncilOfAsync(services, commissionerEmail)).CouncilId);

    private static async Task<(Guid CouncilId, string District)> CouncilOfAsync(IServiceProvider services, string commissionerEmail)
    {
        var userId = await services.GetRequiredService<CareMatch.Accounts.Persistence.AccountsDbContext>().Users.Where(u => u.Email == commissionerEmail).Select(u => u.Id).SingleAsync();
        var db = services.GetRequiredService<CommissioningDbContext>();
        var councilId = await db.CommissionerAssignments.Where(a => a.UserId == userId).Select(a => a.CouncilId).SingleAsync();
        return (councilId, await db.CouncilDistricts.Where(d => d.CouncilId == councilId).Select(d => d.District).SingleAsync());
    }

    /// <summary>One hour of personal care a week for someone 75 to 84 in <paramref name="district"/>, paid for themselves.</summary>
    public static CareRequestFacts Facts(string district) => new(
        "seeker",
        new CareRequirements([CareType.PersonalCare], [], [], ["English"], GenderPreference.None, null, false, false, false),
        new CareSchedule(ScheduleKind.Weekly, new DateOnly(2026, 3, 2), null, [new CareSlot(DayOfWeek.Monday, new TimeOnly(9, 0), new TimeOnly(10, 0))], false),
        AgeBand.From75To84, $"{district} 1", district, 53.8, -1.55, 2500, FundingSource.SelfFunded);
}
