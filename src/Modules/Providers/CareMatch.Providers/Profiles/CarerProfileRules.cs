namespace CareMatch.Providers.Profiles;

internal static class CarerProfileRules
{
    public const int MaxDisplayNameLength = 60;
}
