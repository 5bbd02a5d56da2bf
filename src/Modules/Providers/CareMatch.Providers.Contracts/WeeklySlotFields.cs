namespace CareMatch.Providers.Contracts;

/// <summary>One weekly slot as typed: a day name ("Monday") and times like "09:00" or "9am".</summary>
public sealed record WeeklySlotFields(string? Day, string? Start, string? End)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Start) && string.IsNullOrWhiteSpace(End);
}
