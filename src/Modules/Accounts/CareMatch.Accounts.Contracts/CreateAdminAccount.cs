using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>Creates an admin (first admin from the command line or configuration). Not reachable from any page.</summary>
[SentBy(Roles.Admin)]
[SentByModules]
public sealed record CreateAdminAccount(string Email, string Password) : ICommand<string>;
