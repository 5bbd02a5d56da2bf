namespace CareMatch.Trust.Contracts;

/// <summary>Trust's numbers for reviews, read by its rules and by the pages that say them.</summary>
public static class ReviewLimits
{
    public const int MaxTextLength = 1000;

    public const int MaxReplyLength = 500;

    public const int MaxHideReasonLength = 500;

    /// <summary>A review is published when both sides have written, or this long after the first visit was completed.</summary>
    public static readonly TimeSpan PublishedAfter = TimeSpan.FromDays(14);

    /// <summary>Reviews of this many stars or fewer are flagged to admins.</summary>
    public const int FlaggedAtOrBelow = 2;
}
