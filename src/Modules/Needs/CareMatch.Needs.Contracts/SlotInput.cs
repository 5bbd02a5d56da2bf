namespace CareMatch.Needs.Contracts;

/// <summary>One weekly visit as typed: a day of the week and start and end times, like 9:30am or 14:00.</summary>
public sealed record SlotInput
{
    public DayOfWeek? Day { get; init; }

    public string? Start { get; init; }

    public string? End { get; init; }
}
