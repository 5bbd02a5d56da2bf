namespace CareMatch.SharedKernel.Time;

/// <summary>The week as people in the UK write it: Monday first, Sunday last (DayOfWeek starts on Sunday).</summary>
public static class UkWeek
{
    public static readonly IReadOnlyList<DayOfWeek> MondayFirst =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday, DayOfWeek.Saturday, DayOfWeek.Sunday];

    /// <summary>Where the day comes in the week, Monday 0 to Sunday 6: the key to sort days by.</summary>
    public static int Position(DayOfWeek day) => ((int)day + 6) % 7;
}
