using CareMatch.Payments.Visits;

namespace CareMatch.Payments.Refunding;

/// <summary>
/// The carer's part of money given back: the same share of it as the carer had of the charge
/// (their net over what the seeker paid), rounded down so the carer is never asked for a penny
/// more, and never more than is left of their transfer.
/// </summary>
internal static class CarersShare
{
    public static long Of(VisitPayment payment, long pence)
    {
        var charge = payment.Charge!;
        if (charge.SeekerPaysPence == 0) return 0;
        return Math.Min(payment.ReversiblePence, pence * charge.CarerGetsPence / charge.SeekerPaysPence);
    }
}
