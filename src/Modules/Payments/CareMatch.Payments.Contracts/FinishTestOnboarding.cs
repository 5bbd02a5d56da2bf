using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>
/// On the simulated gateway only: plays Stripe finishing the carer's onboarding, so the app can be
/// tried end to end without keys. Refused when real Stripe keys are set.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record FinishTestOnboarding : ICommand;
