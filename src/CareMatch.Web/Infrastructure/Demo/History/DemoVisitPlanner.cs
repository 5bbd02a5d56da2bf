using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Contracts;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Web.Infrastructure.Demo.History;

/// <summary>
/// Puts each new visit of the history's bookings on the timeline, with what its people do and
/// when, by its fate (<see cref="DemoVisitFates"/>): the money task holds it about 47 hours ahead;
/// the carer checks in 5 minutes early and out after the hour; the family approves two hours after
/// the start, or the visit approves itself a day after check-out, or the family cancels the day
/// before. The money task runs after each, as its one-minute schedule would, to capture, pay the
/// carer or draw on the budget. Steps after the end are the running app's (the timeline drops
/// them): a visit under way at the end is checked in, and one given but not yet approved waits for
/// the family, as they would be.
/// </summary>
public sealed class DemoVisitPlanner(DemoActing acting, DemoTimeline timeline, IClock clock, DemoHistoryCast cast,
    IReadOnlyList<DemoHistoryBooking> bookings, DateTimeOffset end, CancellationToken cancellationToken)
{
    private static readonly string[] Notes =
    [
        "Made lunch and we had a walk to the shops.",
        "Helped with a bath and changed the bed; in good spirits.",
        "Medication taken; we did the crossword together.",
        "Went to the library and back; tired but happy.",
    ];

    private readonly HashSet<Guid> _seen = [];
    private readonly Dictionary<Guid, int> _seenPerBooking = [];

    /// <summary>How many of the visits planned started before the end.</summary>
    public int Planned { get; private set; }

    /// <summary>Finds the bookings' visits from today on that no earlier call saw, and plans them.</summary>
    public async Task PlanNewVisitsAsync()
    {
        foreach (var seeker in bookings.Select(b => b.Seeker).Distinct())
        {
            var visits = await acting.AsAsync(seeker.UserId, AccountRoles.Seeker, async sender =>
                await sender.Send(new ListMyVisits(clock.Today()), cancellationToken));
            foreach (var visit in visits.OrderBy(v => v.StartsAt))
            {
                var booking = bookings.FirstOrDefault(b => b.BookingId == visit.BookingId && b.Seeker == seeker);
                if (booking is null || !_seen.Add(visit.VisitId)) continue;
                var index = _seenPerBooking.GetValueOrDefault(booking.BookingId);
                _seenPerBooking[booking.BookingId] = index + 1;
                Plan(visit, seeker, DemoVisitFates.For(seeker.Funded, index), index);
            }
        }
    }

    private void Plan(VisitView visit, DemoHistorySeeker seeker, DemoVisitFate fate, int index)
    {
        var start = visit.StartsAt;
        var checkedOut = start.AddMinutes(55);
        var approval = fate switch
        {
            DemoVisitFate.ApprovedAutomatically => checkedOut + VisitTerms.AutoApproveAfter + TimeSpan.FromMinutes(15),
            _ => start.AddHours(2),
        };
        if (start < end) Planned++;
        timeline.At(start.AddHours(-47), MoveMoneyAsync);
        if (fate == DemoVisitFate.CancelledLate)
        {
            timeline.At(start.AddHours(-24), () => AsSeekerAsync(seeker, new CancelVisit(visit.VisitId, $"{seeker.Recipient} has a hospital appointment that morning")));
            timeline.At(start.AddHours(2), MoveMoneyAsync);
            return;
        }
        timeline.At(start.AddMinutes(-5), () => AsCarerAsync(new CheckIn(visit.VisitId)));
        timeline.At(checkedOut, () => AsCarerAsync(new CheckOut(visit.VisitId, Notes[index % Notes.Length])));
        if (fate == DemoVisitFate.ApprovedBySeeker)
        {
            timeline.At(approval, () => AsSeekerAsync(seeker, new ApproveVisit(visit.VisitId)));
        }
        else
        {
            timeline.At(approval, async () =>
            {
                await acting.RunTaskAsync(DemoTaskIds.BookingsHousekeeping, cancellationToken);
                await MoveMoneyAsync();
            });
        }
    }

    private Task AsCarerAsync(Mediator.ICommand command) => ActAsync(cast.CarerId, AccountRoles.Carer, command);

    private Task AsSeekerAsync(DemoHistorySeeker seeker, Mediator.ICommand command) => ActAsync(seeker.UserId, AccountRoles.Seeker, command);

    private async Task ActAsync(string userId, string role, Mediator.ICommand command)
    {
        await acting.AsAsync(userId, role, async sender =>
        {
            await sender.Send(command, cancellationToken);
            return true;
        });
        await MoveMoneyAsync();
    }

    /// <summary>What the next minutes would bring: the outbox reaches Payments, then the money task runs (twice: capture, then pay the carer).</summary>
    private async Task MoveMoneyAsync()
    {
        await acting.DrainOutboxAsync(cancellationToken);
        await acting.RunTaskAsync(DemoTaskIds.VisitMoney, cancellationToken);
        await acting.RunTaskAsync(DemoTaskIds.VisitMoney, cancellationToken);
    }
}
