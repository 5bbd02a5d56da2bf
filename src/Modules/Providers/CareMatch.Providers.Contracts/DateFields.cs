namespace CareMatch.Providers.Contracts;

/// <summary>
/// A date as a person typed it in three boxes. Kept as text so the module can say exactly what
/// is wrong ("Enter a real month") instead of the page guessing.
/// </summary>
public sealed record DateFields(string? Day, string? Month, string? Year)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);
}
