using CareMatch.Providers.Profiles;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Values;

namespace CareMatch.Providers.Details;

/// <summary>The carer's hourly rate as typed: the shared pounds reader, within the profile's limits, with one label.</summary>
internal static class HourlyRate
{
    public const string Label = "your hourly rate";

    public static readonly Money Least = new(CarerProfileRules.MinHourlyRatePence);

    public static readonly Money Most = new(CarerProfileRules.MaxHourlyRatePence);

    public static Reading<Money> Read(string? typed) => PoundsInput.Read(typed, Label, Least, Most);
}
