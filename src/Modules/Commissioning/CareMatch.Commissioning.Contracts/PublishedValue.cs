namespace CareMatch.Commissioning.Contracts;

/// <summary>A figure that is not a count (days, hours) as open data publishes it: withheld when fewer than 5 requests are behind it.</summary>
public sealed record PublishedValue(decimal? Value, bool Suppressed)
{
    public static PublishedValue Hidden { get; } = new(null, true);
}
