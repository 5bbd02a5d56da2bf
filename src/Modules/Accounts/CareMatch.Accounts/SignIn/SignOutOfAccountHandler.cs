using CareMatch.Accounts.Contracts;
using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Identity;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.SignIn;

internal sealed class SignOutOfAccountHandler(SignInManager<IdentityUser> signIn, ICurrentUser currentUser, IAuditTrail audit) : ICommandHandler<SignOutOfAccount>
{
    public async ValueTask<Unit> Handle(SignOutOfAccount command, CancellationToken cancellationToken)
    {
        var userId = currentUser.UserId;
        await signIn.SignOutAsync();
        if (userId is not null) await audit.RecordAsync(AuditAction.SignedOut, userId, null, cancellationToken);
        return Unit.Value;
    }
}
