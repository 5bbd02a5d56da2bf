using CareMatch.Accounts.Contracts;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.SignIn;

internal sealed class SignInWithPasswordHandler(SignInManager<IdentityUser> signIn) : ICommandHandler<SignInWithPassword>
{
    public async ValueTask<Unit> Handle(SignInWithPassword command, CancellationToken cancellationToken)
    {
        var result = await signIn.PasswordSignInAsync(command.Email.Trim(), command.Password, command.RememberMe, lockoutOnFailure: true);
        if (result.IsLockedOut)
            throw new InputValidationException(nameof(command.Email), "This account is locked after too many failed sign-in attempts. Try again in 15 minutes");
        if (result.IsNotAllowed)
            throw new InputValidationException(nameof(command.Email), "This account cannot sign in yet. Confirm your email address first");
        if (!result.Succeeded)
            // One message for both fields: never reveal which part was wrong.
            throw new InputValidationException(nameof(command.Email), "Enter a correct email address and password");
        return Unit.Value;
    }
}
