namespace CareMatch.Needs.Contracts;

/// <summary>
/// The carer's gender a seeker asks for, for intimate personal care. Named like the carer's own
/// gender in Providers (Female, Male) so matching compares them by name.
/// </summary>
public enum PreferredGender
{
    Female = 1,
    Male,
}
