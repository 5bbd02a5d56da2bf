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

    public EmailMessage AlreadyRegistered(string email) => new(email,
        "You already have a CareMatch account",
        $"""
        Someone tried to create a CareMatch account with this email address, but you already have one.

        To sign in, open this link:
        {links.SignIn()}

        If you have forgotten your password, you can reset it here:
        {links.ForgotPassword()}

        If it was not you, you can ignore this email: nothing has changed.
        """);

    public EmailMessage AccountLocked(string email, int failures, int minutes) => new(email,
        "Your CareMatch account is locked for a short time",
        $"""
        Someone tried to sign in to your CareMatch account with a wrong password {failures} times in a row,
        so we have locked it for {minutes} minutes. Nobody has signed in.

        If it was you, wait {minutes} minutes and try again, or reset your password here:
        {links.ForgotPassword()}

        If it was not you, your account is safe, but choose a longer password that you do not use anywhere else.
        """);

    public EmailMessage Suspended(string email) => new(email,
        "Your CareMatch account has been suspended",
        """
        An administrator has suspended your CareMatch account, so you cannot sign in for now.

        If you think this is wrong, reply to this email or contact CareMatch.
        """);

    public EmailMessage Invitation(string email, string userId, string code, string councilName) => new(email,
        $"You are invited to CareMatch for {councilName}",
        $"""
        You have been invited to use CareMatch as a commissioner for {councilName}.

        To set your password and sign in, open this link:
        {links.AcceptInvitation(userId, code)}
        """);
}
