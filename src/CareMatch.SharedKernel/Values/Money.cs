using System.Globalization;

namespace CareMatch.SharedKernel.Values;

/// <summary>
/// An amount in pounds sterling, held as whole pence so it never rounds. It reads the GOV.UK way
/// wherever it is shown: "£75", "£75.50", "£1,250" (pence only when there are some), the same on
/// every machine. This is the one money formatter; the matching engine's BCL-only copy is held
/// equal to it by a test.
/// </summary>
public readonly record struct Money(long Pence)
{
    public static Money Zero => new(0);

    public static Money FromPounds(decimal pounds) => new((long)decimal.Round(pounds * 100m, MidpointRounding.AwayFromZero));

    public static Money operator +(Money left, Money right) => new(left.Pence + right.Pence);

    public static Money operator -(Money left, Money right) => new(left.Pence - right.Pence);

    public override string ToString()
    {
        var pounds = Math.Abs(Pence) / 100m;
        var text = Pence % 100 == 0
            ? pounds.ToString("£#,0", CultureInfo.InvariantCulture)
            : pounds.ToString("£#,0.00", CultureInfo.InvariantCulture);
        return Pence < 0 ? "-" + text : text;
    }
}
