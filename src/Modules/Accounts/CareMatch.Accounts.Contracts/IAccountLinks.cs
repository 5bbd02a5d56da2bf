namespace CareMatch.Accounts.Contracts;

/// <summary>
/// Absolute links to the host's account pages, for the emails Accounts sends. The host
/// implements it, so this module knows nothing of routes or the public address.
/// </summary>
public interface IAccountLinks
{
    string ConfirmEmail(string userId, string code);

    string ResetPassword(string userId, string code);

    string AcceptInvitation(string userId, string code);

    string SignIn();

    string ForgotPassword();
}
