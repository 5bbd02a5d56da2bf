using CareMatch.Accounts.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Budgets;

/// <summary>
/// For the commissioner's own council, to a seeker who has an account; one budget at a time for
/// any dates (an overlapping one, offered or agreed, must be ended first).
/// </summary>
internal sealed class OfferPersonalBudgetHandler(PaymentsDbContext db, IModuleSender modules, ICurrentUser currentUser, IClock clock)
    : ICommandHandler<OfferPersonalBudget, Guid>
{
    public async ValueTask<Guid> Handle(OfferPersonalBudget command, CancellationToken cancellationToken)
    {
        var council = await modules.Send(new GetMyCouncil(), cancellationToken)
            ?? throw Refusal.Whole("Your account is not linked to a council yet. Try again in a moment");
        var seekerUserId = await modules.Send(new FindSeekerByEmail(command.SeekerEmail!), cancellationToken)
            ?? throw Refusal.At(nameof(command.SeekerEmail), "No one has a CareMatch seeker account with that email address. Ask them to sign up first, then offer the budget");
        var startsOn = DateInput.Read(command.StartsOn, OfferPersonalBudgetValidator.StartLabel).Expect();
        var endsOn = DateInput.Read(command.EndsOn, OfferPersonalBudgetValidator.EndLabel).Expect();
        var theirs = await db.PersonalBudgets.Where(b => b.SeekerUserId == seekerUserId).ToListAsync(cancellationToken);
        if (theirs.FirstOrDefault(b => b.Overlaps(startsOn, endsOn)) is { } overlapping)
        {
            throw Refusal.At(nameof(command.StartsOn), $"This person already has a budget for some of these dates ({overlapping.Number}, {TimeWords.Date(overlapping.StartsOn)} to {TimeWords.Date(overlapping.EndsOn)})");
        }

        var amount = PoundsInput.Read(command.AmountPerPeriod, OfferPersonalBudgetValidator.AmountLabel, OfferPersonalBudgetValidator.Least, OfferPersonalBudgetValidator.Most).Expect();
        var budget = PersonalBudget.Offered(council.Id, council.Name, seekerUserId, command.CaseReference!.Trim(), amount.Pence, startsOn, endsOn,
            currentUser.RequireUserId(), clock.UtcNow);
        db.PersonalBudgets.Add(budget);
        await db.SaveChangesAsync(cancellationToken);
        return budget.Id;
    }
}
