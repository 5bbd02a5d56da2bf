namespace CareMatch.Payments.Ledger;

/// <summary>
/// The accounts of the platform's books. Debits are positive and credits negative, so every
/// journal entry sums to zero and the balance of <see cref="StripeBalance"/> is what Stripe's
/// balance transactions say we hold.
/// </summary>
internal enum LedgerAccount
{
    /// <summary>Money in the platform's Stripe balance.</summary>
    StripeBalance,

    /// <summary>Memo pair for authorisations: a hold is not money until it is captured.</summary>
    CardHolds,
    HoldsOutstanding,

    /// <summary>What the platform owes carers for care captured but not yet transferred.</summary>
    CarerPayable,

    /// <summary>The platform's income: service fees and commissions.</summary>
    PlatformFees,

    /// <summary>VAT charged on the platform's fees, owed to HMRC.</summary>
    VatPayable,

    /// <summary>Stripe's processing fees, a cost to the platform.</summary>
    ProcessingCosts,

    /// <summary>Money given back to seekers.</summary>
    Refunds,

    /// <summary>Money taken back from a carer found at fault (a transfer reversal).</summary>
    CarerRecoveries,

    /// <summary>Council-funded care delivered and not yet invoiced, then invoiced and not yet paid.</summary>
    CouncilUninvoiced,
    CouncilInvoiced,
}
