using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>Spend against the personal budgets of the signed-in commissioner's council, as of today. Null when they have no council yet.</summary>
[SentBy(Roles.Commissioner)]
public sealed record GetMyCouncilSpending : IQuery<CouncilSpendingView?>;
