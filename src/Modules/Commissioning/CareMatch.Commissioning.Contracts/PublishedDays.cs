namespace CareMatch.Commissioning.Contracts;

/// <summary>A number of days worked out from <see cref="From"/> requests; null when there were none, or from 1 to 4 (suppressed).</summary>
public sealed record PublishedDays(double? Value, int? From)
{
    public bool Suppressed => From is null;
}
