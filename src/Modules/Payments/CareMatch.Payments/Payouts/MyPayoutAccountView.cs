using CareMatch.Payments.Contracts;

namespace CareMatch.Payments.Payouts;

/// <summary>A carer's payout account as their page shows it; no account yet is "not set up".</summary>
internal static class MyPayoutAccountView
{
    public static MyPayoutAccount Of(PayoutAccount? account, bool testPayments) =>
        account is null
            ? new MyPayoutAccount(PayoutStatus.NotSetUp, [], testPayments)
            : new MyPayoutAccount(account.Status, account.StillNeeded, testPayments);
}
