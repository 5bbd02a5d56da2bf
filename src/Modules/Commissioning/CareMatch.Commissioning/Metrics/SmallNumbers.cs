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

    public static PublishedDays Days(double? days, int from) => IsSmall(from) ? new(null, null) : new(days, from);
}
