namespace CareMatch.Providers.Profiles;

/// <summary>The limits a profile's fields keep to, shared by validators and the database mapping.</summary>
internal static class CarerProfileRules
{
    public const int MaxDisplayNameLength = 60;
    public const int MaxBioLength = 1500;
    public const int MaxQualificationsLength = 500;
    public const int MaxLanguages = 10;
    public const int MaxLanguageLength = 40;
    public const int MinTravelRadiusKm = 1;
    public const int MaxTravelRadiusKm = 100;

    /// <summary>£10.00: below this no self-employed carer covers their costs; likely a typo (10 for 10.00 is fine).</summary>
    public const long MinHourlyRatePence = 10_00;

    /// <summary>£100.00: far above any home-care rate; a higher figure is a slip of the keyboard.</summary>
    public const long MaxHourlyRatePence = 100_00;

    public const int MinSlotMinutes = 30;
}
