using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Accounts.Contracts;

/// <summary>The signed-in person's own account.</summary>
[SentByAnyoneSignedIn]
public sealed record GetMyAccount : IQuery<MyAccount?>;
