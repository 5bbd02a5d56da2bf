using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

[SentByAnyone]
public sealed record ResetPassword(string UserId, string Code, string Password) : ICommand;
