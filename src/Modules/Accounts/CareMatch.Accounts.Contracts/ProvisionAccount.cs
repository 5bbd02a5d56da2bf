using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>
/// An admin creates a ready-to-use account (email confirmed), or resets the password of an
/// existing one. Commissioners need their council. Used to set up demo data.
/// </summary>
[SentBy(Roles.Admin)]
public sealed record ProvisionAccount(string Email, string Password, string Role, Guid? CouncilId = null) : ICommand<string>;
