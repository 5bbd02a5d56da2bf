using CareMatch.Payments.Pricing;

namespace CareMatch.Payments.Tests.Pricing;

public sealed class CarePricingTests
{
    private static readonly FeeSettings Fees = new()
    {
        SeekerServiceFeePercent = 8m, CarerCommissionPercent = 10m, VatPercent = 20m, LateCancellationPercent = 50m,
    };

    [Fact]
    public void Two_hours_at_eighteen_pounds_gives_the_receipt_and_statement_a_person_can_check()
    {
        var charge = CarePricing.ForCare(1800, new QuarterHours(8), Fees);

        Assert.Equal(3600, charge.CarePence);
        Assert.Equal(288, charge.ServiceFeePence);      // 8% of £36.00
        Assert.Equal(58, charge.ServiceFeeVatPence);    // 20% of £2.88 is 57.6p
        Assert.Equal(3946, charge.SeekerPaysPence);
        Assert.Equal(360, charge.CommissionPence);
        Assert.Equal(72, charge.CommissionVatPence);
        Assert.Equal(3168, charge.CarerGetsPence);
    }

    [Fact]
    public void Quarter_hours_at_an_odd_rate_round_the_care_to_the_nearest_penny() =>
        Assert.Equal(1669, CarePricing.ForCare(1335, new QuarterHours(5), Fees).CarePence); // £13.35 x 1.25 h = £16.6875

    [Fact]
    public void A_late_cancellation_charges_the_configured_share_of_the_planned_care_with_the_usual_fees()
    {
        var charge = CarePricing.ForLateCancellation(2000, new QuarterHours(8), Fees);

        Assert.Equal(2000, charge.CarePence);           // half of £40
        Assert.Equal(0, charge.Hours.Count);
        Assert.Equal(160, charge.ServiceFeePence);
        Assert.Equal(1760, charge.CarerGetsPence);      // less £2.00 commission and 40p VAT
    }

    [Fact]
    public void Every_penny_the_seeker_pays_goes_to_the_carer_the_platform_or_VAT()
    {
        var random = new Random(20261202);
        for (var i = 0; i < 10_000; i++)
        {
            var fees = new FeeSettings
            {
                SeekerServiceFeePercent = random.Next(0, 2500) / 100m,
                CarerCommissionPercent = random.Next(0, 2500) / 100m,
                VatPercent = random.Next(0, 2500) / 100m,
            };
            var charge = CarePricing.ForCare(random.Next(1, 10_000), new QuarterHours(random.Next(0, 96)), fees);

            Assert.Equal(charge.SeekerPaysPence, charge.CarerGetsPence + charge.PlatformFeesPence + charge.VatPence);
            Assert.True(charge.CarerGetsPence <= charge.CarePence && charge.SeekerPaysPence >= charge.CarePence);
        }
    }
}
