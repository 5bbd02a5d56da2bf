namespace CareMatch.Matching.Engine.Filters;

/// <summary>Counts in words people read: "1 doesn't drive", "3 don't drive".</summary>
internal static class Plural
{
    public static string Of(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
