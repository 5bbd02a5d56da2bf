using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Accounts.ForModules;

/// <summary>No caller check: modules only (the access rule says so), never a page.</summary>
internal sealed class DescribeAccountsHandler(AccountsDbContext db) : IQueryHandler<DescribeAccounts, IReadOnlyList<AccountDescription>>
{
    public async ValueTask<IReadOnlyList<AccountDescription>> Handle(DescribeAccounts query, CancellationToken cancellationToken)
    {
        var ids = query.UserIds.Distinct().ToList();
        if (ids.Count == 0) return [];
        return await db.Users.AsNoTracking()
            .Where(u => ids.Contains(u.Id))
            .Select(u => new AccountDescription(
                u.Id,
                u.Email ?? "",
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).FirstOrDefault() ?? ""))
            .ToListAsync(cancellationToken);
    }
}
