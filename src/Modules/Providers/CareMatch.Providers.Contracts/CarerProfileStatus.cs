namespace CareMatch.Providers.Contracts;

/// <summary>Where a carer's profile stands with verification. Stored by name.</summary>
public enum CarerProfileStatus
{
    /// <summary>Created when a carer signs up; not visible to seekers until completed and verified.</summary>
    Draft = 0,

    /// <summary>An admin has verified every required credential.</summary>
    Verified = 1,

    /// <summary>Was verified, then a required credential (DBS or insurance) lapsed: hidden until renewed and verified again.</summary>
    Lapsed = 2,
}
