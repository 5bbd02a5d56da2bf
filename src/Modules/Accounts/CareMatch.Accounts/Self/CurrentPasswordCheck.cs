using CareMatch.Accounts.Emails;
using CareMatch.Accounts.Sessions;
using CareMatch.SharedKernel.Audit;
using CareMatch.SharedKernel.Email;
using CareMatch.SharedKernel.Validation;
using Microsoft.AspNetCore.Identity;

namespace CareMatch.Accounts.Self;

/// <summary>
/// The forms that ask a signed-in person for their password again (change password, delete
/// account) count wrong answers like sign-in does, so a borrowed or stolen session cannot be
/// used to guess the password: after five in a row the account locks, every session of it ends,
/// and the owner is emailed.
/// </summary>
internal sealed class CurrentPasswordCheck(
    UserManager<IdentityUser> users, SessionStore sessions, AccountEmails emails, IEmailSender sender, IAuditTrail audit)
{
    public static string LockedMessage =>
        $"You entered a wrong password {AccountsModule.MaxFailedSignIns} times in a row, so your account is locked for {AccountsModule.LockoutMinutes} minutes and you have been signed out";

    public async Task RequireAsync(IdentityUser user, string password, string field, string wrongMessage, CancellationToken cancellationToken)
    {
        await RefuseIfLockedAsync(user, field);
        if (await users.CheckPasswordAsync(user, password))
        {
            await users.ResetAccessFailedCountAsync(user);
            return;
        }
        await CountWrongAsync(user, field, wrongMessage, cancellationToken);
    }

    /// <summary>A locked account's password is not checked at all, so a guess during the lockout learns nothing.</summary>
    public async Task RefuseIfLockedAsync(IdentityUser user, string field)
    {
        if (await users.IsLockedOutAsync(user)) throw Refusal.At(field, LockedMessage);
    }

    /// <summary>Counts a wrong password and always throws: the field's message, or the lockout once it is reached.</summary>
    public async Task CountWrongAsync(IdentityUser user, string field, string wrongMessage, CancellationToken cancellationToken)
    {
        await users.AccessFailedAsync(user);
        if (!await users.IsLockedOutAsync(user)) throw Refusal.At(field, wrongMessage);

        await sessions.EndAllAsync(user.Id, except: null, cancellationToken);
        await audit.RecordAsync(AuditAction.LockedOut, user.Id,
            $"{AccountsModule.MaxFailedSignIns} wrong passwords in a row on a signed-in password form", cancellationToken);
        await sender.SendAsync(emails.AccountLocked(user.Email!, AccountsModule.MaxFailedSignIns, AccountsModule.LockoutMinutes), cancellationToken);
        throw Refusal.At(field, LockedMessage);
    }
}
