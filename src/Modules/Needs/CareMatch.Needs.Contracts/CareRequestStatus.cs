namespace CareMatch.Needs.Contracts;

/// <summary>Where a care request is in its life. Closed, Cancelled and Expired are final.</summary>
public enum CareRequestStatus
{
    /// <summary>Saved by the seeker, seen by nobody else.</summary>
    Draft = 0,

    /// <summary>Published: carers can see it and be matched to it.</summary>
    Open,

    /// <summary>A carer has been booked for it.</summary>
    Booked,

    /// <summary>The care it asked for has been delivered or has ended.</summary>
    Closed,

    /// <summary>The seeker withdrew it.</summary>
    Cancelled,

    /// <summary>Its dates passed while it was still open.</summary>
    Expired,
}
