using System.Globalization;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>Whole pence as people read them: 1850 → "£18.50".</summary>
internal static class Money
{
    public static string Pounds(long pence) => string.Create(CultureInfo.InvariantCulture, $"£{pence / 100}.{pence % 100:00}");
}
