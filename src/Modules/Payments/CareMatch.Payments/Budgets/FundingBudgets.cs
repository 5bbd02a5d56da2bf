using CareMatch.Payments.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Budgets;

/// <summary>The agreed budget, if any, that pays for a seeker's visit on a day instead of their card.</summary>
internal sealed class FundingBudgets(PaymentsDbContext db)
{
    public async Task<PersonalBudget?> ForAsync(string seekerUserId, DateOnly day, CancellationToken cancellationToken) =>
        (await db.PersonalBudgets.AsNoTracking()
            .Where(b => b.SeekerUserId == seekerUserId && b.AgreedAt != null && b.DeclinedAt == null && b.StartsOn <= day && b.EndsOn >= day)
            .ToListAsync(cancellationToken))
        .FirstOrDefault(b => b.Funds(day));
}
