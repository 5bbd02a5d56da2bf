using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>
/// The seeker is back from Stripe's card page: read the card that setup saved and keep it as
/// theirs, replacing any card before. Only a setup this seeker started counts.
/// </summary>
[SentBy(Roles.Seeker)]
public sealed record FinishCardSetup(string SetupId) : ICommand<MyCard>;
