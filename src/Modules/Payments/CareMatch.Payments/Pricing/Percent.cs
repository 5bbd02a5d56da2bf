namespace CareMatch.Payments.Pricing;

/// <summary>A percentage of an amount in pence, rounded to the nearest penny (half a penny up), as on a UK VAT invoice line.</summary>
internal static class Percent
{
    public static long Of(long pence, decimal percent) =>
        (long)decimal.Round(pence * percent / 100m, MidpointRounding.AwayFromZero);
}
