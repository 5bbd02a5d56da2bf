using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using CareMatch.Accounts.Persistence;
using CareMatch.SharedKernel.Authorization;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Accounts.Management;

internal sealed class ListAccountsHandler(AccountsDbContext db) : IQueryHandler<ListAccounts, AccountList>
{
    private const int PageSize = 25;

    public async ValueTask<AccountList> Handle(ListAccounts query, CancellationToken cancellationToken)
    {
        var users = db.Users.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var search = query.Search.Trim().ToUpperInvariant();
            users = users.Where(u => u.NormalizedEmail!.Contains(search));
        }
        var total = await users.CountAsync(cancellationToken);
        var pageCount = Math.Max(1, (total + PageSize - 1) / PageSize);
        var page = Math.Clamp(query.Page, 1, pageCount);
        var rows = await users
            .OrderBy(u => u.NormalizedEmail)
            .Skip((page - 1) * PageSize).Take(PageSize)
            .Select(u => new
            {
                u.Id,
                u.Email,
                u.EmailConfirmed,
                u.LockoutEnd,
                Role = db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var accounts = rows
            .Select(r => new AccountSummary(r.Id, r.Email ?? "", r.Role ?? "", r.EmailConfirmed, AccountState.IsSuspended(r.LockoutEnd)))
            .ToList();
        return new AccountList(accounts, page, pageCount, total);
    }
}
