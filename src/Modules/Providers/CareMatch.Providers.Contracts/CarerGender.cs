namespace CareMatch.Providers.Contracts;

/// <summary>The gender a carer tells seekers, for seekers who ask for a carer of a particular gender. Stored by name.</summary>
public enum CarerGender
{
    Female = 1,
    Male,
    NonBinary,
    PreferNotToSay,
}
