namespace CareMatch.Payments.Pricing;

/// <summary>The one place a visit's price is worked out, for the hold, the capture and a late cancellation alike.</summary>
internal static class CarePricing
{
    /// <summary>Care given (or planned) at the carer's hourly rate.</summary>
    public static CareCharge ForCare(long hourlyRatePence, QuarterHours hours, FeeSettings fees) =>
        FromCare(hourlyRatePence, hours, CostOf(hourlyRatePence, hours), fees);

    /// <summary>A seeker's late cancellation: the configured share of the planned care, with the same fees as care given.</summary>
    public static CareCharge ForLateCancellation(long hourlyRatePence, QuarterHours planned, FeeSettings fees) =>
        FromCare(hourlyRatePence, new QuarterHours(0), Percent.Of(CostOf(hourlyRatePence, planned), fees.LateCancellationPercent), fees);

    private static long CostOf(long hourlyRatePence, QuarterHours hours) =>
        (long)decimal.Round(hourlyRatePence * hours.Hours, MidpointRounding.AwayFromZero);

    private static CareCharge FromCare(long hourlyRatePence, QuarterHours hours, long carePence, FeeSettings fees)
    {
        var serviceFee = Percent.Of(carePence, fees.SeekerServiceFeePercent);
        var commission = Percent.Of(carePence, fees.CarerCommissionPercent);
        return new CareCharge(
            hourlyRatePence,
            hours,
            carePence,
            serviceFee,
            Percent.Of(serviceFee, fees.VatPercent),
            commission,
            Percent.Of(commission, fees.VatPercent));
    }
}
