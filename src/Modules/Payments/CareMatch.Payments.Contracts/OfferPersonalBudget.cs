using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Input;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>
/// A commissioner offers a personal budget to a seeker with an account (found by their email):
/// <see cref="AmountPerPeriod"/> pounds every 4 weeks from <see cref="StartsOn"/> to
/// <see cref="EndsOn"/>, under the council's own case reference. It funds nothing until the seeker
/// agrees. Returns the budget's id.
/// </summary>
[SentBy(Roles.Commissioner)]
public sealed record OfferPersonalBudget(string? SeekerEmail, string? CaseReference, string? AmountPerPeriod, DateBoxes? StartsOn, DateBoxes? EndsOn)
    : ICommand<Guid>;
