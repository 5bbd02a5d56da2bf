namespace CareMatch.Needs.Contracts;

/// <summary>The lengths the invitation form allows, shared by its validator, its inputs and the columns.</summary>
public static class ActingLimits
{
    public const int NameLength = 100;

    public const int EmailLength = 256;
}
