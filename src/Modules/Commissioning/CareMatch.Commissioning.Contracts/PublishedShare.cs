namespace CareMatch.Commissioning.Contracts;

/// <summary>
/// "Count of OutOf" as shown. Suppressed (both null) when the count, the rest (OutOf less the
/// count) or the whole is from 1 to 4: any of them would reveal a small number.
/// </summary>
public sealed record PublishedShare(int? Count, int? OutOf)
{
    public bool Suppressed => Count is null;

    public double? Fraction => Count is { } count && OutOf is > 0 and var outOf ? (double)count / outOf : null;
}
