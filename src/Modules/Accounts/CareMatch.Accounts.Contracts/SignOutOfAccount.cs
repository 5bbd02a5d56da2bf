using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>Ends the current person's session.</summary>
[SentByAnyone]
public sealed record SignOutOfAccount : ICommand;
