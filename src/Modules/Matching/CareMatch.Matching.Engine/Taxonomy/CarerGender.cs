namespace CareMatch.Matching.Engine.Taxonomy;

/// <summary>The gender a carer tells seekers. Unknown (not said) never satisfies a requirement.</summary>
public enum CarerGender : byte
{
    Unknown = 0,
    Female,
    Male,
    NonBinary,
}
