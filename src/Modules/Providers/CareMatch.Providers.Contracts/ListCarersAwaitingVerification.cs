using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>Admins: carers with at least one credential waiting for review, oldest first.</summary>
[SentBy(Roles.Admin)]
public sealed record ListCarersAwaitingVerification : IQuery<IReadOnlyList<CarerAwaitingVerification>>;
