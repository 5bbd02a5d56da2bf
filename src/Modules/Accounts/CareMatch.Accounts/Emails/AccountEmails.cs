using CareMatch.Accounts.Contracts;
using CareMatch.SharedKernel.Email;

namespace CareMatch.Accounts.Emails;

/// <summary>The words of every email Accounts sends, in one place.</summary>
internal sealed class AccountEmails(IAccountLinks links)
{
    public EmailMessage ConfirmEmail(string email, string userId, string code) => new(email,
        "Confirm your email address for CareMatch",
        $"""
        Thank you for joining CareMatch.

        Confirm your email address by opening this link:
        {links.ConfirmEmail(userId, code)}

        If you did not create an account, you can ignore this email.
        """);

    public EmailMessage ResetPassword(string email, string userId, string code) => new(email,
        "Reset your CareMatch password",
        $"""
        Someone asked to reset the password for this CareMatch account.

        To choose a new password, open this link:
        {links.ResetPassword(userId, code)}

        If it was not you, ignore this email: your password has not changed.
        """);

    public EmailMessage Invitation(string email, string userId, string code, string councilName) => new(email,
        $"You are invited to CareMatch for {councilName}",
        $"""
        You have been invited to use CareMatch as a commissioner for {councilName}.

        To set your password and sign in, open this link:
        {links.AcceptInvitation(userId, code)}
        """);
}
