using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Identity;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.SignIn;

/// <summary>Password sign-in with lockout counting; every refusal is a field message, never a 500.</summary>
internal sealed class SignInWithPasswordHandler(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users)
    : ICommandHandler<SignInWithPassword>
{
    public async ValueTask<Unit> Handle(SignInWithPassword command, CancellationToken cancellationToken)
    {
        var email = command.Email.Trim();
        var result = await signIn.PasswordSignInAsync(email, command.Password, command.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded) return Unit.Value;

        if (result.IsLockedOut)
        {
            var user = await users.FindByEmailAsync(email);
            throw new InputValidationException(nameof(command.Email), user is not null && AccountState.IsSuspended(user)
                ? "This account has been suspended. Contact CareMatch if you think this is wrong"
                : $"This account is locked after {AccountsModule.MaxFailedSignIns} failed sign-in attempts. Try again in {AccountsModule.LockoutMinutes} minutes, or reset your password");
        }
        // One message whether the email or the password was wrong: never reveal which.
        throw new InputValidationException(nameof(command.Email), "Enter a correct email address and password");
    }
}
