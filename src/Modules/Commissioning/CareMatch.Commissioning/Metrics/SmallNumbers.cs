using CareMatch.Commissioning.Contracts;

namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// The small-number rule, on screen as in open data: a count from 1 to 4 is never shown, nor any
/// figure from which one could be worked out (the rest of a share, an average over so few).
/// </summary>
internal static class SmallNumbers
{
    public const int Smallest = 5;

    public static bool IsSmall(int count) => count is > 0 and < Smallest;

    public static PublishedCount Count(int count) => new(IsSmall(count) ? null : count);

    public static PublishedShare Share(Share share) =>
        IsSmall(share.Count) || IsSmall(share.OutOf) || IsSmall(share.OutOf - share.Count) ? new(null, null) : new(share.Count, share.OutOf);

    /// <summary>
    /// Two shares of one whole where the wider counts everything the narrower does (within 2 hours,
    /// within 4): the wider is hidden too when the difference between them is from 1 to 4.
    /// </summary>
    public static (PublishedShare Narrower, PublishedShare Wider) Nested(Share narrower, Share wider)
    {
        var shownWider = Share(wider);
        return (Share(narrower), IsSmall(wider.Count - narrower.Count) ? new(null, null) : shownWider);
    }

    public static PublishedDays Days(double? days, int from) => IsSmall(from) ? new(null, null) : new(days, from);
}
