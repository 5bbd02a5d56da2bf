using System.Globalization;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Profiles;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Providers.Availability;

/// <summary>
/// Reads the availability form's rows with the shared readers: the validator finds clashes
/// between the rows that read, and the handler builds the entries once the validator has passed,
/// so the two cannot read a row differently.
/// </summary>
internal static class AvailabilityRows
{
    public const string StartLabel = "the start time";
    public const string EndLabel = "the end time";
    public const string FirstDayOffLabel = "the first day off";
    public const string LastDayOffLabel = "the last day off";

    /// <summary>A day's English name as the form posts it ("Monday"); a number is not a day.</summary>
    public static DayOfWeek? Day(string? typed) =>
        Enum.TryParse<DayOfWeek>(typed?.Trim(), ignoreCase: true, out var day) && Enum.IsDefined(day)
        && !int.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)
            ? day
            : null;

    /// <summary>Each row that reads as a slot long enough to keep, with its row number for messages.</summary>
    public static List<(int Row, WeeklySlotEntry Slot)> Slots(IReadOnlyList<WeeklySlotFields> rows)
    {
        var slots = new List<(int, WeeklySlotEntry)>();
        for (var row = 0; row < rows.Count; row++)
        {
            var fields = rows[row];
            if (fields.IsBlank || Day(fields.Day) is not { } day) continue;
            var start = TimeOfDayInput.Read(fields.Start, StartLabel);
            var end = TimeOfDayInput.Read(fields.End, EndLabel);
            if (start.IsValid && end.IsValid && IsLongEnough(start.Value, end.Value))
            {
                slots.Add((row, new WeeklySlotEntry(day, start.Value, end.Value)));
            }
        }
        return slots;
    }

    public static bool IsLongEnough(TimeOnly start, TimeOnly end) =>
        end > start && (end - start).TotalMinutes >= CarerProfileRules.MinSlotMinutes;

    public static List<WeeklySlotEntry> MondayFirst(IEnumerable<WeeklySlotEntry> slots) =>
        [.. slots.OrderBy(s => UkWeek.Position(s.Day)).ThenBy(s => s.Start)];

    /// <summary>The filled-in time off rows, earliest first; only for rows the validator has passed.</summary>
    public static List<TimeOffEntry> TimeOff(IReadOnlyList<TimeOffFields> rows) =>
        [.. rows.Where(r => !r.IsBlank)
            .Select(r => new TimeOffEntry(DateInput.Read(r.From, FirstDayOffLabel).Expect(), DateInput.Read(r.To, LastDayOffLabel).Expect()))
            .OrderBy(p => p.From)];
}
