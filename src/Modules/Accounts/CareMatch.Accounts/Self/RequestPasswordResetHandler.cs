using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Emails;
using CareMatch.Accounts.Identity;
using CareMatch.SharedKernel.Email;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Self;

/// <summary>Emails a reset link when the account exists; says nothing either way, so accounts cannot be discovered.</summary>
internal sealed class RequestPasswordResetHandler(UserManager<IdentityUser> users, AccountEmails emails, IEmailSender sender)
    : ICommandHandler<RequestPasswordReset>
{
    public async ValueTask<Unit> Handle(RequestPasswordReset command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email.Trim());
        if (user is null || AccountState.IsSuspended(user)) return Unit.Value;

        var code = CodeEncoding.Encode(await users.GeneratePasswordResetTokenAsync(user));
        await sender.SendAsync(emails.ResetPassword(user.Email!, user.Id, code), cancellationToken);
        return Unit.Value;
    }
}
