namespace CareMatch.Trust.Contracts;

/// <summary>Where a safeguarding concern is in the admins' hands; the raiser sees it too.</summary>
public enum ConcernStatus
{
    New,
    UnderReview,
    ReferredToCouncil,
    Closed,
}
