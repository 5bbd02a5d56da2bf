using CareMatch.Accounts.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.SignIn;

/// <summary>A new security stamp invalidates every other session at its next check (within a minute); this one is re-issued.</summary>
internal sealed class SignOutEverywhereElseHandler(
    UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, ICurrentUser currentUser)
    : ICommandHandler<SignOutEverywhereElse>
{
    public async ValueTask<Unit> Handle(SignOutEverywhereElse command, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(currentUser.UserId ?? throw new AccessDeniedException()) ?? throw new AccessDeniedException();
        await users.UpdateSecurityStampAsync(user);
        await signIn.RefreshSignInAsync(user);
        return Unit.Value;
    }
}
