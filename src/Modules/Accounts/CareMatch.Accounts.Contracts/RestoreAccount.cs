using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

[SentBy(Roles.Admin)]
public sealed record RestoreAccount(string UserId) : ICommand;
