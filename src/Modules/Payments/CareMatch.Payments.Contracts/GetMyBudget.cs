using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>The signed-in seeker's personal budget (the latest offered or agreed), or null.</summary>
[SentBy(Roles.Seeker)]
public sealed record GetMyBudget : IQuery<BudgetView?>;
