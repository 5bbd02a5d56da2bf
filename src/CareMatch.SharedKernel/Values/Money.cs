using System.Globalization;

namespace CareMatch.SharedKernel.Values;

/// <summary>An amount in pounds sterling, held as whole pence so it never rounds.</summary>
public readonly record struct Money(long Pence)
{
    public static Money Zero => new(0);

    public static Money FromPounds(decimal pounds) => new((long)decimal.Round(pounds * 100m, MidpointRounding.AwayFromZero));

    public static Money operator +(Money left, Money right) => new(left.Pence + right.Pence);

    public static Money operator -(Money left, Money right) => new(left.Pence - right.Pence);

    public override string ToString() =>
        (Pence / 100m).ToString("C", CultureInfo.GetCultureInfo("en-GB"));
}
