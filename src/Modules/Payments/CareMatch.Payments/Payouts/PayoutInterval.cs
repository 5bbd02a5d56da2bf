namespace CareMatch.Payments.Payouts;

/// <summary>Stripe's payout intervals; manual means the carer asks for each payout.</summary>
internal enum PayoutInterval
{
    Daily,
    Weekly,
    Monthly,
    Manual,
}
