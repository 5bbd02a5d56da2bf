using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>
/// Reads the carer's payout account from Stripe now, when they come back from onboarding, so the
/// page need not wait for Stripe's account.updated event (which is applied too, whichever comes first).
/// </summary>
[SentBy(Roles.Carer)]
public sealed record RefreshMyPayoutAccount : ICommand<MyPayoutAccount>;
