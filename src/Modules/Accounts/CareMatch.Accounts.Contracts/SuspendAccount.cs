using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>An admin stops a person signing in; their current sessions end within a minute.</summary>
[SentBy(Roles.Admin)]
public sealed record SuspendAccount(string UserId) : ICommand;
