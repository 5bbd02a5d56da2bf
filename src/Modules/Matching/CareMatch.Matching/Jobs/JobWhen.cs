using System.Globalization;
using CareMatch.Needs.Contracts;

namespace CareMatch.Matching.Jobs;

/// <summary>When a job is, in one line for the list ("Every week from 1 December 2026: Monday 09:00 to 13:00").</summary>
internal static class JobWhen
{
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    public static string Of(CareSchedule when)
    {
        var slots = string.Join("; ", when.Slots.Select(Slot));
        return when switch
        {
            { Kind: ScheduleKind.OneOff } => $"One visit on {Date(when.StartDate)}: {slots}",
            { EndDate: { } end } => $"Every week from {Date(when.StartDate)} to {Date(end)}: {slots}",
            _ => $"Every week from {Date(when.StartDate)}: {slots}",
        };
    }

    private static string Date(DateOnly date) => date.ToString("d MMMM yyyy", British);

    private static string Slot(CareSlot slot) =>
        string.Create(British, $"{slot.Day} {slot.Start:HH\\:mm} to {slot.End:HH\\:mm}");
}
