using System.Globalization;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// Whole pence as people read them, the GOV.UK way: 1850 is "£18.50", 2200 is "£22". The engine
/// references only the BCL, so it cannot call SharedKernel's Money; a test holds the two equal.
/// </summary>
internal static class Money
{
    public static string Pounds(long pence)
    {
        var pounds = Math.Abs(pence) / 100m;
        var text = pence % 100 == 0
            ? pounds.ToString("£#,0", CultureInfo.InvariantCulture)
            : pounds.ToString("£#,0.00", CultureInfo.InvariantCulture);
        return pence < 0 ? "-" + text : text;
    }
}
