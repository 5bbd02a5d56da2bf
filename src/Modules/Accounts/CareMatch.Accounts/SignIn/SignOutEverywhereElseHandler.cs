using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Sessions;
using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.SignIn;

/// <summary>Every other session ends at once; the new security stamp also refuses any cookie that predates sessions. This one is re-issued.</summary>
internal sealed class SignOutEverywhereElseHandler(
    UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, SessionStore sessions, ICurrentUser currentUser, IAuditTrail audit)
    : ICommandHandler<SignOutEverywhereElse>
{
    public async ValueTask<Unit> Handle(SignOutEverywhereElse command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.UserId ?? throw new AccessDeniedException()) ?? throw new AccessDeniedException();
        await users.UpdateSecurityStampAsync(user);
        await sessions.EndAllAsync(user.Id, except: SessionCookie.SessionId(signIn.Context.User), cancellationToken);
        await signIn.RefreshSignInAsync(user);
        await audit.RecordAsync(AuditAction.SignedOutEverywhereElse, user.Id, null, cancellationToken);
        return Unit.Value;
    }
}
