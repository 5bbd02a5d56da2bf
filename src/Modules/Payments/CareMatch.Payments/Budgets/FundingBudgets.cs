using CareMatch.Payments.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Budgets;

/// <summary>The agreed budget, if any, that pays for a seeker's visit on a day instead of their card.</summary>
internal sealed class FundingBudgets(PaymentsDbContext db)
{
    public Task<PersonalBudget?> ForAsync(string seekerUserId, DateOnly day, CancellationToken cancellationToken) =>
        db.PersonalBudgets.AsNoTracking()
            .FirstOrDefaultAsync(b => b.SeekerUserId == seekerUserId && b.AgreedAt != null && b.DeclinedAt == null && b.StartsOn <= day && b.EndsOn >= day, cancellationToken);
}
