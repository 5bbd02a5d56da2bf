using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using CareMatch.Accounts.Sessions;
using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Self;

/// <summary>Changes the password and keeps this session; every other one ends at once.</summary>
internal sealed class ChangePasswordHandler(
    UserManager<IdentityUser> users,
    SignInManager<IdentityUser> signIn,
    SessionStore sessions,
    CurrentPasswordCheck currentPassword,
    ICurrentUser currentUser,
    IAuditTrail audit)
    : ICommandHandler<ChangePassword>
{
    public async ValueTask<Unit> Handle(ChangePassword command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.UserId ?? throw new AccessDeniedException())
            ?? throw new AccessDeniedException();
        await currentPassword.RefuseIfLockedAsync(user, nameof(command.CurrentPassword));
        // ChangePasswordAsync checks the current password itself; it is counted from its answer
        // rather than checked a second time (each check costs a full PBKDF2).
        var result = await users.ChangePasswordAsync(user, command.CurrentPassword, command.NewPassword);
        if (result.Errors.Any(e => e.Code == "PasswordMismatch"))
        {
            await currentPassword.CountWrongAsync(user, nameof(command.CurrentPassword), "Your current password is not right", cancellationToken);
        }
        await users.ResetAccessFailedCountAsync(user);
        result.ThrowIfFailed(passwordField: nameof(command.NewPassword));
        await sessions.EndAllAsync(user.Id, except: SessionCookie.SessionId(signIn.Context.User), cancellationToken);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditAction.PasswordChanged, user.Id, null, cancellationToken);
        return Unit.Value;
    }
}
