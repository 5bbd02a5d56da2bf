using CareMatch.Payments.Contracts;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using CareMatch.SharedKernel.Time;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Budgets;

/// <summary>Only the seeker it was offered to, only while it is offered; another's budget is not found.</summary>
internal sealed class AnswerBudgetOfferHandler(PaymentsDbContext db, ICurrentUser currentUser, IClock clock) : ICommandHandler<AnswerBudgetOffer>
{
    public async ValueTask<Unit> Handle(AnswerBudgetOffer command, CancellationToken cancellationToken)
    {
        var me = currentUser.RequireUserId();
        var budget = await db.PersonalBudgets.SingleOrDefaultAsync(b => b.Id == command.BudgetId && b.SeekerUserId == me, cancellationToken)
            ?? throw new NotFoundException();
        if (budget.StatusOn(clock.Today()) != BudgetStatus.Offered) throw Refusal.Whole("This budget has already been answered");
        if (command.Agree) budget.Agree(clock.UtcNow);
        else budget.Decline(clock.UtcNow);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
