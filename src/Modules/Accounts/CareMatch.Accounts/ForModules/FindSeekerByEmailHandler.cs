using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.ForModules;

/// <summary>No caller check: modules only (the access rule says so), never a page. Carers, admins and commissioners are not seekers.</summary>
internal sealed class FindSeekerByEmailHandler(UserManager<IdentityUser> users) : IQueryHandler<FindSeekerByEmail, string?>
{
    public async ValueTask<string?> Handle(FindSeekerByEmail query, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(query.Email.Trim());
        return user is not null && await users.IsInRoleAsync(user, AccountRoles.Seeker) ? user.Id : null;
    }
}
