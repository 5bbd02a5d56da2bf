namespace CareMatch.Bookings.Contracts;

/// <summary>Where the search for someone to cover a carer's cancelled visit stands.</summary>
public enum CoverStatus
{
    /// <summary>Carers are being asked, three at a time, more every 15 minutes.</summary>
    Searching = 1,

    /// <summary>A carer has offered; the seeker decides.</summary>
    AwaitingApproval,

    /// <summary>The seeker approved the carer: the visit is theirs.</summary>
    Filled,

    /// <summary>The visit began with nobody approved.</summary>
    Unfilled,
}
