using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>Confirms the email address a registration link was sent to.</summary>
[SentByAnyone]
public sealed record ConfirmEmail(string UserId, string Code) : ICommand;

/// <summary>Sends a reset link if the account exists; answers the same either way so nobody can probe for accounts.</summary>
[SentByAnyone]
public sealed record RequestPasswordReset(string Email) : ICommand;

[SentByAnyone]
public sealed record ResetPassword(string UserId, string Code, string Password) : ICommand;

/// <summary>The signed-in person changes their password; other sessions end.</summary>
[SentByAnyoneSignedIn]
public sealed record ChangePassword(string CurrentPassword, string NewPassword) : ICommand;

/// <summary>The signed-in person deletes their own account, confirming with their password.</summary>
[SentByAnyoneSignedIn]
public sealed record DeleteMyAccount(string Password) : ICommand;

/// <summary>An admin invites a commissioner to a council; they set their own password from the email.</summary>
[SentBy(Roles.Admin)]
public sealed record InviteCommissioner(Guid CouncilId, string Email) : ICommand<string>;

/// <summary>An invited person sets their password, which also confirms their email address.</summary>
[SentByAnyone]
public sealed record AcceptInvitation(string UserId, string Code, string Password) : ICommand;

/// <summary>An admin stops a person signing in; their current sessions end within a minute.</summary>
[SentBy(Roles.Admin)]
public sealed record SuspendAccount(string UserId) : ICommand;

[SentBy(Roles.Admin)]
public sealed record RestoreAccount(string UserId) : ICommand;

/// <summary>Creates an admin (first admin from the command line or configuration). Not reachable from any page.</summary>
[SentBy(Roles.Admin)]
[SentByModules]
public sealed record CreateAdminAccount(string Email, string Password) : ICommand<string>;

/// <summary>
/// An admin creates a ready-to-use account (email confirmed), or resets the password of an
/// existing one. Commissioners need their council. Used to set up demo data.
/// </summary>
[SentBy(Roles.Admin)]
public sealed record ProvisionAccount(string Email, string Password, string Role, Guid? CouncilId = null) : ICommand<string>;

/// <summary>Sends the signed-in person a new link to confirm their email address.</summary>
[SentByAnyoneSignedIn]
public sealed record ResendEmailConfirmation : ICommand;

/// <summary>Ends every session of the signed-in person except this one (a lost phone, a shared computer).</summary>
[SentByAnyoneSignedIn]
public sealed record SignOutEverywhereElse : ICommand;
