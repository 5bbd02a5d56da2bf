namespace CareMatch.Payments.Contracts;

/// <summary>
/// Every line of a visit's money, in pence, the same for the seeker's receipt and the carer's
/// statement: each sees their own side (what the seeker pays; what the carer gets).
/// </summary>
public sealed record VisitCharge(
    ChargeKind Kind,
    long HourlyRatePence,
    decimal Hours,
    long CarePence,
    long ServiceFeePence,
    long ServiceFeeVatPence,
    long CommissionPence,
    long CommissionVatPence)
{
    public long SeekerPaysPence => CarePence + ServiceFeePence + ServiceFeeVatPence;

    public long CarerGetsPence => CarePence - CommissionPence - CommissionVatPence;

    /// <summary>The time paid for, in quarter hours.</summary>
    public TimeSpan TimePaidFor => TimeSpan.FromMinutes((double)(Hours * 60));
}
