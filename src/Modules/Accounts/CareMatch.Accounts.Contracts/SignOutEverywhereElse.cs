using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>Ends every session of the signed-in person except this one (a lost phone, a shared computer).</summary>
[SentByAnyoneSignedIn]
public sealed record SignOutEverywhereElse : ICommand;
