namespace CareMatch.Providers.Contracts;

public enum CarerProfileStatus
{
    /// <summary>Created when a carer signs up; not visible to seekers until completed and verified.</summary>
    Draft = 0,
}
