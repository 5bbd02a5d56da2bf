using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>The personal budgets of the commissioner's own council, with their figures and warnings.</summary>
[SentBy(Roles.Commissioner)]
public sealed record ListCouncilBudgets : IQuery<IReadOnlyList<BudgetView>>;
