namespace CareMatch.Payments.Pricing;

/// <summary>
/// Every line of one visit's money, in pence: what the seeker's receipt and the carer's statement
/// show. The seeker pays the care plus the service fee and its VAT; the carer gets the care less
/// the commission and its VAT; the platform keeps the two fees and owes the VAT.
/// </summary>
internal sealed record CareCharge(
    long HourlyRatePence,
    QuarterHours Hours,
    long CarePence,
    long ServiceFeePence,
    long ServiceFeeVatPence,
    long CommissionPence,
    long CommissionVatPence)
{
    public long SeekerPaysPence => CarePence + ServiceFeePence + ServiceFeeVatPence;

    public long CarerGetsPence => CarePence - CommissionPence - CommissionVatPence;

    public long PlatformFeesPence => ServiceFeePence + CommissionPence;

    public long VatPence => ServiceFeeVatPence + CommissionVatPence;
}
