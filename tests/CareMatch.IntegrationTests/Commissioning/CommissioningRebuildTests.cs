using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Persistence;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Payments;
using CareMatch.IntegrationTests.Security;
using CareMatch.Web.Infrastructure.CommandLine;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.Commissioning;

/// <summary>
/// A request posted, booked and given through the pages (and its next visit missed) reaches
/// Commissioning's facts by the outbox; the rebuild command, with those facts lost, makes them again from the other modules'
/// delivered events alone, identical, and rolls the figures up.
/// </summary>
public sealed class CommissioningRebuildTests(TimeControlledAppFactory factory) : IClassFixture<TimeControlledAppFactory>
{
    [Fact]
    public async Task Rebuilding_from_the_delivered_events_makes_the_same_facts_again()
    {
        var booked = await factory.BookedAsync("Stoma care", withCard: false);
        await factory.GivenAndApprovedAsync(booked, booked.Visits[0], minutes: 60);
        var requestId = await factory.InScopeAsync(services => services.GetRequiredService<CommissioningDbContext>().BookingFacts
            .Where(b => b.BookingId == booked.BookingId).Select(b => b.RequestId).SingleAsync());
        var before = await FactAsync(requestId);
        Assert.NotNull(before.FirstBookedAt);
        Assert.NotNull(before.FirstDeliveredAt);
        // The next visit nobody checks in to is marked missed by Bookings' housekeeping, two hours after its end.
        factory.Time.Advance(booked.Visits[1].EndsAt.AddHours(3) - factory.Time.GetUtcNow());
        await factory.RunScheduledTaskAsync("bookings-housekeeping");
        await factory.DrainOutboxAsync();
        var visitsBefore = await VisitsAsync(requestId);
        Assert.Equal([(booked.Visits[0].Id, VisitOutcome.Given, (int?)-5), (booked.Visits[1].Id, VisitOutcome.Missed, null)], visitsBefore);

        // Lost, as a read model is when a new metric needs a column no fact has yet.
        await factory.InScopeAsync(services => services.GetRequiredService<CommissioningDbContext>().RequestFacts.ExecuteDeleteAsync());
        var output = new StringWriter();
        Assert.Equal(0, await RebuildCommissioningCommand.RunAsync(factory.Services, output, CancellationToken.None));

        var after = await FactAsync(requestId);
        Assert.Equal(
            (before.District, before.CareTypes, before.AgeBand, before.Funding, before.WeeklyMinutes, before.PostedAt, before.ClosedAt, before.FirstBookedAt, before.FirstDeliveredAt),
            (after.District, after.CareTypes, after.AgeBand, after.Funding, after.WeeklyMinutes, after.PostedAt, after.ClosedAt, after.FirstBookedAt, after.FirstDeliveredAt));
        Assert.Equal(visitsBefore, await VisitsAsync(requestId));
        Assert.Contains("Replayed", output.ToString(), StringComparison.Ordinal);
        Assert.Contains("rolled up its figures", output.ToString(), StringComparison.Ordinal);

        // Once more changes nothing: the rebuild is repeatable.
        await RebuildCommissioningCommand.RunAsync(factory.Services, TextWriter.Null, CancellationToken.None);
        Assert.Equal(after.FirstDeliveredAt, (await FactAsync(requestId)).FirstDeliveredAt);
    }

    private Task<List<(Guid, VisitOutcome, int?)>> VisitsAsync(Guid requestId) => factory.InScopeAsync(async services =>
        (await services.GetRequiredService<CommissioningDbContext>().VisitFacts.AsNoTracking().Where(v => v.RequestId == requestId).OrderBy(v => v.DueAt).ToListAsync())
        .Select(v => (v.VisitId, v.Outcome, v.CheckInMinutesAfterDue)).ToList());

    private Task<RequestFact> FactAsync(Guid requestId) => factory.InScopeAsync(services =>
        services.GetRequiredService<CommissioningDbContext>().RequestFacts.AsNoTracking().SingleAsync(f => f.RequestId == requestId));
}
