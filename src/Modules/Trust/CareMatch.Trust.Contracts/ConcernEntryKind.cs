namespace CareMatch.Trust.Contracts;

/// <summary>What one line of a concern's audit trail records.</summary>
public enum ConcernEntryKind
{
    Raised,
    CouncilEmailed,
    NoCouncilContact,
    Assigned,
    StatusChanged,
    Note,
    ThreadRead,
    CouncilEmailFailed,
}
