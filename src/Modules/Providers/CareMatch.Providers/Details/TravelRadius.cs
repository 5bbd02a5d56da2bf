using CareMatch.Providers.Profiles;
using CareMatch.SharedKernel.Input;

namespace CareMatch.Providers.Details;

/// <summary>How far the carer will travel, as typed: the shared whole-number reader, within the profile's limits.</summary>
internal static class TravelRadius
{
    public const string Label = "how far you will travel";

    public const string Unit = " km";

    public const int Least = CarerProfileRules.MinTravelRadiusKm;

    public const int Most = CarerProfileRules.MaxTravelRadiusKm;

    public static Reading<int> Read(string? typed) => WholeNumberInput.Read(typed, Label, Least, Most, Unit);
}
