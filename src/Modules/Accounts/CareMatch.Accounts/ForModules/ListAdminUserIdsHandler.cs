using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using CareMatch.Accounts.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Accounts.ForModules;

/// <summary>No caller check: modules only (the access rule says so), never a page.</summary>
internal sealed class ListAdminUserIdsHandler(AccountsDbContext db) : IQueryHandler<ListAdminUserIds, IReadOnlyList<string>>
{
    public async ValueTask<IReadOnlyList<string>> Handle(ListAdminUserIds query, CancellationToken cancellationToken)
    {
        var admins = await db.UserRoles.AsNoTracking()
            .Join(db.Roles.Where(r => r.Name == AccountRoles.Admin), ur => ur.RoleId, r => r.Id, (ur, _) => ur.UserId)
            .Join(db.Users, userId => userId, u => u.Id, (_, u) => new { u.Id, u.LockoutEnd })
            .ToListAsync(cancellationToken);
        // A suspended admin cannot sign in to act on it; telling them would only fill a dead inbox.
        return admins.Where(a => !AccountState.IsSuspended(a.LockoutEnd)).Select(a => a.Id).Order(StringComparer.Ordinal).ToList();
    }
}
