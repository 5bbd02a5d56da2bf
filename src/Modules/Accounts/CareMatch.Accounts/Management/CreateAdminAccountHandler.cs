using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using CareMatch.SharedKernel.Audit;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Management;

/// <summary>
/// Creates an admin, or makes an existing account an admin. Sent by the host's command line and
/// start-up configuration, which run with nobody signed in and so send it as a module does; a
/// signed-in admin may too. Its contract's declaration keeps everyone else out.
/// </summary>
internal sealed class CreateAdminAccountHandler(UserManager<IdentityUser> users, IAuditTrail audit) : ICommandHandler<CreateAdminAccount, string>
{
    public async ValueTask<string> Handle(CreateAdminAccount command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            user = new IdentityUser { UserName = email, Email = email, EmailConfirmed = true };
            (await users.CreateAsync(user, command.Password)).ThrowIfFailed();
        }
        if (!await users.IsInRoleAsync(user, AccountRoles.Admin))
        {
            (await users.AddToRoleAsync(user, AccountRoles.Admin)).ThrowIfFailed();
            await audit.RecordAsync(AuditAction.RoleGranted, user.Id, $"{AccountRoles.Admin}, from the command line or start-up settings", cancellationToken);
        }
        return user.Id;
    }
}
