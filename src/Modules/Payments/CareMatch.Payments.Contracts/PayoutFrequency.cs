namespace CareMatch.Payments.Contracts;

/// <summary>How often Stripe pays a carer's Stripe balance into their bank; manual means the carer asks each time.</summary>
public enum PayoutFrequency
{
    Daily = 1,
    Weekly,
    Monthly,
    Manual,
}
