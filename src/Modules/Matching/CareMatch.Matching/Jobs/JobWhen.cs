using CareMatch.Needs.Contracts;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Matching.Jobs;

/// <summary>When a job is, in one line for the list ("Every week from 1 December 2026: Monday 9am to 1pm").</summary>
internal static class JobWhen
{
    public static string Of(CareSchedule when)
    {
        var slots = string.Join("; ", when.Slots.Select(Slot));
        return when switch
        {
            { Kind: ScheduleKind.OneOff } => $"One visit on {TimeWords.Date(when.StartDate)}: {slots}",
            { EndDate: { } end } => $"Every week from {TimeWords.Date(when.StartDate)} to {TimeWords.Date(end)}: {slots}",
            _ => $"Every week from {TimeWords.Date(when.StartDate)}: {slots}",
        };
    }

    private static string Slot(CareSlot slot) => $"{slot.Day} {TimeWords.TimeRange(slot.Start, slot.End)}";
}
