using CareMatch.Payments.Contracts;
using CareMatch.Payments.Gateway;
using CareMatch.Payments.Persistence;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Payments.Payouts;

/// <summary>
/// The one way Stripe's word on a payout account is taken in, from a webhook, the carer's return
/// or the test onboarding: apply it, and when the carer became payable or stopped being so, tell
/// the other modules in the same save.
/// </summary>
internal sealed class PayoutAccountUpdates(PaymentsDbContext db, IClock clock)
{
    public void Apply(PayoutAccount account, PayoutAccountState state, DateTimeOffset at)
    {
        if (!account.Apply(state, at)) return;
        db.AddIntegrationEvent(new CarerPayoutsChanged(account.CarerProfileId, account.PayoutsEnabled) { OccurredAt = clock.UtcNow });
    }
}
