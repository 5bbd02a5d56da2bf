namespace CareMatch.Providers.Details;

/// <summary>Splits "English, Punjabi; BSL" into tidy names, each once.</summary>
internal static class Languages
{
    public static IReadOnlyList<string> Split(string? typed) =>
        (typed ?? "").Split([',', ';', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(Tidy)
            .DistinctBy(l => l, StringComparer.OrdinalIgnoreCase)
            .ToList();

    private static string Tidy(string language) =>
        language.Length == 0 || language.Equals("BSL", StringComparison.OrdinalIgnoreCase)
            ? language.ToUpperInvariant()
            : char.ToUpperInvariant(language[0]) + language[1..];
}
