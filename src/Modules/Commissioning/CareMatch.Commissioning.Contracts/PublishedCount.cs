namespace CareMatch.Commissioning.Contracts;

/// <summary>A count as shown: null when it is from 1 to 4 (the small-number rule), so no one person can be picked out.</summary>
public sealed record PublishedCount(int? Value)
{
    public bool Suppressed => Value is null;
}
