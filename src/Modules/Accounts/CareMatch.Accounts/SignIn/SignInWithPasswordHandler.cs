using CareMatch.Accounts.Contracts;
using CareMatch.Accounts.Emails;
using CareMatch.Accounts.Identity;
using CareMatch.SharedKernel.Audit;
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
    IEmailSender sender,
    IAuditTrail audit) : ICommandHandler<SignInWithPassword>
{
    public const string Refusal = "Enter a correct email address and password";

    public async ValueTask<Unit> Handle(SignInWithPassword command, CancellationToken cancellationToken)
    {
        var user = await users.FindByEmailAsync(command.Email.Trim());
        // A locked account's password is not checked at all, or a guess during the lockout
        // would still learn whether it was right; the dummy check keeps the time the same.
        if (user is null)
        {
            dummy.Spend(command.Password);
            await audit.RecordUnknownAccountAsync(AuditAction.SignInFailed, command.Email, "No account has this email", cancellationToken);
            throw Refused();
        }
        if (await users.IsLockedOutAsync(user))
        {
            dummy.Spend(command.Password);
            await audit.RecordAsync(AuditAction.SignInFailed, user.Id,
                AccountState.IsSuspended(user) ? "The account is suspended" : "The account is locked", cancellationToken);
            throw Refused();
        }

        var result = await signIn.CheckPasswordSignInAsync(user, command.Password, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            await signIn.SignInAsync(user, command.RememberMe);
            await audit.RecordAsync(AuditAction.SignedIn, user.Id, null, cancellationToken);
            return Unit.Value;
        }
        await audit.RecordAsync(AuditAction.SignInFailed, user.Id, "Wrong password", cancellationToken);
        if (result.IsLockedOut)
        {
            await audit.RecordAsync(AuditAction.LockedOut, user.Id, $"{AccountsModule.MaxFailedSignIns} wrong passwords in a row at sign-in", cancellationToken);
            await sender.SendAsync(emails.AccountLocked(user.Email!, AccountsModule.MaxFailedSignIns, AccountsModule.LockoutMinutes), cancellationToken);
        }
        throw Refused();
    }

    private static InputValidationException Refused() => new(nameof(SignInWithPassword.Email), Refusal);
}
