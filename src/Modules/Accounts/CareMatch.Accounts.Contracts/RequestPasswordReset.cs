using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>Sends a reset link if the account exists; answers the same either way so nobody can probe for accounts.</summary>
[SentByAnyone]
public sealed record RequestPasswordReset(string Email) : ICommand;
