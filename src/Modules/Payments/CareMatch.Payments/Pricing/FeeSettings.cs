using CareMatch.SharedKernel.Configuration;
using Microsoft.Extensions.Configuration;

namespace CareMatch.Payments.Pricing;

/// <summary>
/// What the platform charges, as percentages of the cost of care (configuration section
/// <c>Payments:Fees</c>). VAT is charged on the platform's own fees only: care from a
/// self-employed carer is the carer's supply, not ours.
/// </summary>
internal sealed record FeeSettings
{
    public const string Section = "Payments:Fees";

    /// <summary>Added to the seeker's bill for arranging and guaranteeing the care.</summary>
    public decimal SeekerServiceFeePercent { get; init; } = 8m;

    /// <summary>Taken from the carer's pay for finding the work and handling the money.</summary>
    public decimal CarerCommissionPercent { get; init; } = 10m;

    public decimal VatPercent { get; init; } = 20m;

    /// <summary>Of the planned care, charged when a seeker cancels inside the late-cancellation window Bookings applies.</summary>
    public decimal LateCancellationPercent { get; init; } = 50m;

    public static FeeSettings From(IConfiguration configuration)
    {
        var defaults = new FeeSettings();
        return new FeeSettings
        {
            SeekerServiceFeePercent = ConfiguredPercent.Read(configuration, $"{Section}:{nameof(SeekerServiceFeePercent)}", defaults.SeekerServiceFeePercent),
            CarerCommissionPercent = ConfiguredPercent.Read(configuration, $"{Section}:{nameof(CarerCommissionPercent)}", defaults.CarerCommissionPercent),
            VatPercent = ConfiguredPercent.Read(configuration, $"{Section}:{nameof(VatPercent)}", defaults.VatPercent),
            LateCancellationPercent = ConfiguredPercent.Read(configuration, $"{Section}:{nameof(LateCancellationPercent)}", defaults.LateCancellationPercent),
        };
    }
}
