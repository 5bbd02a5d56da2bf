using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Persistence;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Accounts.Self;

internal sealed class GetMyAccountHandler(AccountsDbContext db, ICurrentUser currentUser) : IQueryHandler<GetMyAccount, MyAccount?>
{
    public async ValueTask<MyAccount?> Handle(GetMyAccount query, CancellationToken cancellationToken)
    {
        if (currentUser.UserId is not { } userId) return null;
        return await db.Users.AsNoTracking()
            .Where(u => u.Id == userId)
            .Select(u => new MyAccount(
                u.Id,
                u.Email!,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name!).FirstOrDefault() ?? "",
                u.EmailConfirmed))
            .SingleOrDefaultAsync(cancellationToken);
    }
}
