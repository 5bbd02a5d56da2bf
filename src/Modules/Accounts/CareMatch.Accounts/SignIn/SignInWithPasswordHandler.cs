using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Emails;
using CareMatch.SharedKernel.Email;
using CareMatch.SharedKernel.Validation;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.SignIn;

/// <summary>
/// Password sign-in with lockout counting. Every refusal reads the same and takes the same time,
/// whether the email is unknown, the password wrong, or the account locked or suspended, so the
/// page never tells a stranger which emails have accounts. The owner learns of a lockout by email.
/// </summary>
internal sealed class SignInWithPasswordHandler(
    SignInManager<IdentityUser> signIn,
    UserManager<IdentityUser> users,
    DummyPasswordCheck dummy,
    AccountEmails emails,
    IEmailSender sender) : ICommandHandler<SignInWithPassword>
{
    public const string Refusal = "Enter a correct email address and password";

    public async ValueTask<Unit> Handle(SignInWithPassword command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email.Trim());
        // A locked account's password is not checked at all, or a guess during the lockout
        // would still learn whether it was right; the dummy check keeps the time the same.
        if (user is null || await users.IsLockedOutAsync(user))
        {
            dummy.Spend(command.Password);
            throw Refused();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, command.Password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await signIn.SignInAsync(user, command.RememberMe);
            return Unit.Value;
        }
        if (result.IsLockedOut)
        {
            await sender.SendAsync(emails.AccountLocked(user.Email!, AccountsModule.MaxFailedSignIns, AccountsModule.LockoutMinutes), cancellationToken);
        }
        throw Refused();
    }

    private static InputValidationException Refused() => new(nameof(SignInWithPassword.Email), Refusal);
}
