using CareMatch.Bookings.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.Payments.Pricing;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Budgets;

/// <summary>A budget's figures today, for its seeker and its council alike: what is drawn, and what the visits booked ahead will cost.</summary>
internal sealed class BudgetStatements(PaymentsDbContext db, IModuleSender sender, IPaymentGateway gateway, FeeSettings fees, IClock clock)
{
    public async Task<BudgetView> OfAsync(PersonalBudget budget, CancellationToken cancellationToken)
    {
        var today = clock.Today();
        var spent = (await db.BudgetDraws.AsNoTracking().Where(d => d.BudgetId == budget.Id).Select(d => d.Pence).ToListAsync(cancellationToken)).Sum()
            - (await db.BudgetCredits.AsNoTracking().Where(c => c.BudgetId == budget.Id).Select(c => c.Pence).ToListAsync(cancellationToken)).Sum();
        var planned = budget.AgreedAt is null || budget.SeekerUserId.Length == 0 ? [] : await PlannedAsync(budget, cancellationToken);
        var allocated = BudgetFigures.AllocatedOn(budget, today);
        var committed = planned.Sum(p => p.Pence);
        var status = budget.StatusOn(today);
        var active = status == BudgetStatus.Active;
        var warning = active ? BudgetFigures.WarningOn(budget, today, allocated - spent, planned) : BudgetWarning.None;
        return new BudgetView(budget.Id, budget.Number, budget.CaseReference, budget.CouncilName, budget.AmountPerPeriodPence,
            budget.StartsOn, budget.EndsOn, status, allocated, committed, spent, allocated - spent - committed, warning,
            BudgetFigures.WeekOfCarePence(today, planned), active ? BudgetFigures.HeldOn(today, allocated - spent, planned) : null, !gateway.MovesRealMoney);
    }

    /// <summary>The seeker's visits booked ahead within the budget's dates, at their planned cost, less any already drawn.</summary>
    private async Task<List<(DateOnly Day, long Pence)>> PlannedAsync(PersonalBudget budget, CancellationToken cancellationToken)
    {
        var ahead = await sender.Send(new ListSeekerVisitsAhead(budget.SeekerUserId, clock.UtcNow), cancellationToken);
        var ids = ahead.Select(v => v.VisitId).ToList();
        var drawn = (await db.BudgetDraws.AsNoTracking().Where(d => ids.Contains(d.VisitId)).Select(d => d.VisitId).ToListAsync(cancellationToken)).ToHashSet();
        return ahead
            .Select(v => (Day: DateOnly.FromDateTime(UkCalendar.ToUkTime(v.StartsAt).DateTime), Visit: v))
            .Where(v => budget.Funds(v.Day) && !drawn.Contains(v.Visit.VisitId))
            .Select(v => (v.Day, CarePricing.ForCare(v.Visit.HourlyRatePence, QuarterHours.Of(v.Visit.EndsAt - v.Visit.StartsAt), fees).SeekerPaysPence))
            .ToList();
    }
}
