using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>The seeker agrees to (or turns down) the personal budget their council offered them.</summary>
[SentBy(Roles.Seeker)]
public sealed record AnswerBudgetOffer(Guid BudgetId, bool Agree) : ICommand;
