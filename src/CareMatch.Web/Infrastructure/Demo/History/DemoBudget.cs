using System.Globalization;
using CareMatch.Accounts.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Web.Infrastructure.Demo.History;

/// <summary>
/// The council funds a demo seeker from a personal budget, £480 every 4 weeks for a year from the
/// clock's today, which they have agreed to. Kept if they have one. The history runs it on its
/// first (past) day, so its visits are inside the budget; the seeder runs it when there is no history.
/// </summary>
public sealed class DemoBudget(DemoActing acting, IClock clock, ILogger<DemoBudget> logger)
{
    public async Task EnsureAsync(string commissionerId, string seekerId, int seekerNumber, CancellationToken cancellationToken)
    {
        if (await acting.AsAsync(seekerId, AccountRoles.Seeker, async sender => await sender.Send(new GetMyBudget(), cancellationToken)) is not null) return;
        var today = clock.Today();
        var budgetId = await acting.AsAsync(commissionerId, AccountRoles.Commissioner, async sender => await sender.Send(
            new OfferPersonalBudget(DemoPeople.SeekerEmail(seekerNumber), $"LCC-DEMO-{seekerNumber:0000}", "480.00", Boxes(today), Boxes(today.AddYears(1).AddDays(-1))),
            cancellationToken));
        await acting.AsAsync(seekerId, AccountRoles.Seeker, async sender =>
        {
            await sender.Send(new AnswerBudgetOffer(budgetId, Agree: true), cancellationToken);
            return true;
        });
        logger.LogInformation("Demo budget: seeker{Number:00} is funded by the council, £480 every 4 weeks from {Start:yyyy-MM-dd}", seekerNumber, today);
    }

    private static DateBoxes Boxes(DateOnly day) =>
        new(day.Day.ToString(CultureInfo.InvariantCulture), day.Month.ToString(CultureInfo.InvariantCulture), day.Year.ToString(CultureInfo.InvariantCulture));
}
