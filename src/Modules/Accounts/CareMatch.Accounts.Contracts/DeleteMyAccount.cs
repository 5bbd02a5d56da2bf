using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>The signed-in person deletes their own account, confirming with their password.</summary>
[SentByAnyoneSignedIn]
public sealed record DeleteMyAccount(string Password) : ICommand;
