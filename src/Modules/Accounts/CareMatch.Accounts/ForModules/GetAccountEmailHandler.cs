using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.ForModules;

/// <summary>No caller check: modules only (the access rule says so), never a page.</summary>
internal sealed class GetAccountEmailHandler(UserManager<IdentityUser> users) : IQueryHandler<GetAccountEmail, string?>
{
    public async ValueTask<string?> Handle(GetAccountEmail query, CancellationToken cancellationToken) =>
        (await users.FindByIdAsync(query.UserId))?.Email;
}
