using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using CareMatch.Accounts.Sessions;
using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Self;

internal sealed class ResetPasswordHandler(UserManager<IdentityUser> users, SessionStore sessions, IAuditTrail audit) : ICommandHandler<ResetPassword>
{
    public async ValueTask<Unit> Handle(ResetPassword command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(command.UserId);
        var token = CodeEncoding.Decode(command.Code);
        if (user is null || token is null)
            throw Refusal.Whole("This link has expired or has already been used. Ask for a new one");

        // Whoever knew the old password may be signed in somewhere: every session ends at once.
        (await users.ResetPasswordAsync(user, token, command.Password)).ThrowIfFailed();
        await sessions.EndAllAsync(user.Id, except: null, cancellationToken);
        // Following the emailed link proves the address.
        if (!user.EmailConfirmed)
        {
            user.EmailConfirmed = true;
            await users.UpdateAsync(user);
        }
        await users.ResetAccessFailedCountAsync(user);
        await audit.RecordAsync(AuditAction.PasswordReset, user.Id, null, cancellationToken);
        return Unit.Value;
    }
}
