using System.Diagnostics;
using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Web.Infrastructure.Demo.History;

/// <summary>
/// Makes the demo area's past happen, so its money pages have something to show: the clock goes
/// back some weeks, each seeker of the cast books the cast's carer for a weekly hour, and then,
/// week by week, the visits are held, given, approved (or approve themselves, or are cancelled
/// late), charged or drawn on the budget, and the carer is paid, all through the modules' own
/// commands and scheduled tasks, as the people and the schedules would. The councils are invoiced
/// on each 1st of the month passed. The clock is back at the real time when it ends, whatever
/// happens. Kept if it exists: a seeker who already has the history's request is not given another.
/// </summary>
public sealed class DemoHistory(DemoActing acting, DemoBudget budget, IClock clock, ILogger<DemoHistory> logger, DemoTimeProvider? time = null)
{
    /// <summary>When the history begins on its first day: the budget is agreed and the bookings made, for care from the next day.</summary>
    private static readonly TimeOnly FirstMorning = new(9, 0);

    private static readonly TimeOnly DailyTasksAt = new(2, 30);

    private static readonly TimeOnly InvoicesAt = new(6, 0);

    /// <summary>Makes <paramref name="weeks"/> weeks of past up to now, unless made before; whether the demo has its history.</summary>
    public async Task<bool> RunAsync(DemoHistoryCast cast, int weeks, CancellationToken cancellationToken)
    {
        if (weeks <= 0 || cast.Seekers.Count == 0) return false;
        if (time is null)
        {
            logger.LogInformation("Demo history: skipped, this process has no demo clock to move (only seeding on an embedded database or seed-demo has one)");
            return false;
        }
        if (!await PaidByTestCardAsync(cast, cancellationToken))
        {
            // With real Stripe keys the past cannot be charged: nothing pretends it was.
            logger.LogInformation("Demo history: skipped, payments are not the simulated gateway's");
            return false;
        }
        if (await ExistsAsync(cast, cancellationToken)) return true;

        var watch = Stopwatch.StartNew();
        var end = time.RealNow;
        var firstDay = UkDate(end).AddDays(-7 * weeks);
        var timeline = new DemoTimeline(time);
        DemoVisitPlanner planner;
        try
        {
            time.MoveTo(UkCalendar.ToInstant(firstDay, FirstMorning));
            var bookings = new List<DemoHistoryBooking>();
            foreach (var seeker in cast.Seekers)
            {
                if (seeker.Funded) await budget.EnsureAsync(cast.CommissionerId, seeker.UserId, seeker.Number, cancellationToken);
                bookings.Add(await BookAsync(cast, seeker, firstDay.AddDays(1), cancellationToken));
            }
            await acting.DrainOutboxAsync(cancellationToken);
            planner = new DemoVisitPlanner(acting, timeline, clock, cast, bookings, end, cancellationToken);
            await planner.PlanNewVisitsAsync();
            PlanDays(timeline, planner, firstDay, UkDate(end), cancellationToken);
            await timeline.RunUntilAsync(end);
        }
        finally
        {
            time.Return();
        }

        // Now, as the running app would within a minute: what the last steps sent, and holds for the next two days' visits.
        await acting.DrainOutboxAsync(cancellationToken);
        await acting.RunTaskAsync(DemoTaskIds.VisitMoney, cancellationToken);
        logger.LogInformation("Demo history: {Weeks} weeks from {First:yyyy-MM-dd}, {Bookings} bookings, {Visits} past visits, {Steps} steps in {Seconds:0.0} s",
            weeks, firstDay, cast.Seekers.Count, planner.Planned, timeline.Ran, watch.Elapsed.TotalSeconds);
        return true;
    }

    /// <summary>Every day's early-morning tasks (visits kept four weeks ahead, housekeeping), then its new visits planned; invoices on each 1st.</summary>
    private void PlanDays(DemoTimeline timeline, DemoVisitPlanner planner, DateOnly firstDay, DateOnly lastDay, CancellationToken cancellationToken)
    {
        for (var day = firstDay.AddDays(1); day <= lastDay; day = day.AddDays(1))
        {
            timeline.At(UkCalendar.ToInstant(day, DailyTasksAt), async () =>
            {
                await acting.RunTaskAsync(DemoTaskIds.VisitHorizon, cancellationToken);
                await acting.RunTaskAsync(DemoTaskIds.BookingsHousekeeping, cancellationToken);
                await acting.DrainOutboxAsync(cancellationToken);
                await planner.PlanNewVisitsAsync();
            });
            if (day.Day == 1) timeline.At(UkCalendar.ToInstant(day, InvoicesAt), () => acting.RunTaskAsync(DemoTaskIds.CouncilInvoices, cancellationToken));
        }
    }

    /// <summary>The seeker asks for a weekly hour suited to the carer, invites them, and they accept.</summary>
    private async Task<DemoHistoryBooking> BookAsync(DemoHistoryCast cast, DemoHistorySeeker seeker, DateOnly startsOn, CancellationToken cancellationToken)
    {
        var request = DemoCareRequests.Weekly(seeker.Number, cast.CarerNumber, cast.CarerPostcode, startsOn, seeker.Slot, seeker.Recipient,
            seeker.Funded ? FundingSource.PersonalBudget : FundingSource.SelfFunded);
        var offerId = await acting.AsAsync(seeker.UserId, AccountRoles.Seeker, async sender =>
        {
            var requestId = await sender.Send(request, cancellationToken);
            return await sender.Send(new InviteCarer(requestId, cast.CarerProfileId, $"Could you help {seeker.Recipient} each week?"), cancellationToken);
        });
        var bookingId = await acting.AsAsync(cast.CarerId, AccountRoles.Carer, async sender => await sender.Send(new AcceptOffer(offerId), cancellationToken));
        return new DemoHistoryBooking(bookingId, seeker);
    }

    private Task<bool> PaidByTestCardAsync(DemoHistoryCast cast, CancellationToken cancellationToken) =>
        acting.AsAsync(cast.Seekers[0].UserId, AccountRoles.Seeker, async sender => (await sender.Send(new GetMyCard(), cancellationToken)).TestPayments);

    /// <summary>The history was made before if any of its seekers has its request.</summary>
    private async Task<bool> ExistsAsync(DemoHistoryCast cast, CancellationToken cancellationToken)
    {
        foreach (var seeker in cast.Seekers)
        {
            var requests = await acting.AsAsync(seeker.UserId, AccountRoles.Seeker, async sender => await sender.Send(new ListMyCareRequests(), cancellationToken));
            if (requests.Any(r => r.RecipientFirstName == seeker.Recipient)) return true;
        }
        return false;
    }

    private static DateOnly UkDate(DateTimeOffset instant) => DateOnly.FromDateTime(UkCalendar.ToUkTime(instant).DateTime);
}
