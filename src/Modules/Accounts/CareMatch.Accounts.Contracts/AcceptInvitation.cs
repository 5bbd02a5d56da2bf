using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>An invited person sets their password, which also confirms their email address.</summary>
[SentByAnyone]
public sealed record AcceptInvitation(string UserId, string Code, string Password) : ICommand;
