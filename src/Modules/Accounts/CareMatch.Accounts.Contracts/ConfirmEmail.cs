using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>Confirms the email address a registration link was sent to.</summary>
[SentByAnyone]
public sealed record ConfirmEmail(string UserId, string Code) : ICommand;
