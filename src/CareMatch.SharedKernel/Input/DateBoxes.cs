namespace CareMatch.SharedKernel.Input;

/// <summary>
/// A date as a person typed it in the three GOV.UK boxes. Kept as text so the reader can say
/// exactly what is wrong ("must include a month") instead of the page's binder guessing.
/// Every form that asks for a date binds this one record (ids end in _Day, _Month, _Year).
/// </summary>
public sealed record DateBoxes(string? Day, string? Month, string? Year)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Month) && string.IsNullOrWhiteSpace(Year);

    public static bool IsNullOrBlank(DateBoxes? boxes) => boxes is null || boxes.IsBlank;
}
