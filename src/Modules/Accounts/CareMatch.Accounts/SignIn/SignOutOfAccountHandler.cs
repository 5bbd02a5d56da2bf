using CareMatch.Accounts.Contracts;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.SignIn;

internal sealed class SignOutOfAccountHandler(SignInManager<IdentityUser> signIn) : ICommandHandler<SignOutOfAccount>
{
    public async ValueTask<Unit> Handle(SignOutOfAccount command, CancellationToken cancellationToken)
    {
        await signIn.SignOutAsync();
        return Unit.Value;
    }
}
