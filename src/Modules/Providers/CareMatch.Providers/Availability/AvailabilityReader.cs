using System.Globalization;
using CareMatch.Providers.Common;
using CareMatch.Providers.Contracts;
using CareMatch.Providers.Profiles;
using CareMatch.SharedKernel.Validation;

namespace CareMatch.Providers.Availability;

/// <summary>
/// Turns the availability form's rows into slots and time off, or every problem at its row's
/// field: an unknown day, a time that is not a time, an end not after its start, a slot shorter
/// than 30 minutes, two slots that overlap, time off that ends before it starts.
/// </summary>
internal sealed class AvailabilityReader
{
    public const int MaxSlots = 50;
    public const int MaxTimeOff = 30;

    private static readonly string[] TimeFormats = ["H:mm", "HH:mm", "H.mm", "HH.mm", "HHmm"];

    private readonly Dictionary<string, List<string>> _errors = [];

    public static (List<WeeklySlotEntry> Slots, List<TimeOffEntry> TimeOff) Read(SetMyAvailability command)
    {
        var reader = new AvailabilityReader();
        var slots = reader.ReadSlots(command.Slots);
        var timeOff = reader.ReadTimeOff(command.TimeOff);
        if (reader._errors.Count > 0) throw new InputValidationException(reader._errors.ToDictionary(e => e.Key, e => e.Value.ToArray()));
        return (slots, timeOff);
    }

    private List<WeeklySlotEntry> ReadSlots(IReadOnlyList<WeeklySlotFields> rows)
    {
        if (rows.Count(r => !r.IsBlank) > MaxSlots) Add(nameof(SetMyAvailability.Slots), $"Enter {MaxSlots} weekly slots or fewer");
        var slots = new List<(int Row, WeeklySlotEntry Slot)>();
        for (var row = 0; row < rows.Count; row++)
        {
            var fields = rows[row];
            if (fields.IsBlank) continue;
            var key = $"{nameof(SetMyAvailability.Slots)}[{row}]";
            var day = ReadDay(fields.Day, $"{key}.{nameof(WeeklySlotFields.Day)}");
            var start = ReadTime(fields.Start, $"{key}.{nameof(WeeklySlotFields.Start)}", "start");
            var end = ReadTime(fields.End, $"{key}.{nameof(WeeklySlotFields.End)}", "end");
            if (day is null || start is null || end is null) continue;
            if (end <= start)
            {
                Add($"{key}.{nameof(WeeklySlotFields.End)}", "The end time must be after the start time");
            }
            else if ((end.Value - start.Value).TotalMinutes < CarerProfileRules.MinSlotMinutes)
            {
                Add($"{key}.{nameof(WeeklySlotFields.End)}", $"A slot must be at least {CarerProfileRules.MinSlotMinutes} minutes long");
            }
            else
            {
                slots.Add((row, new WeeklySlotEntry(day.Value, start.Value, end.Value)));
            }
        }

        foreach (var (row, slot) in slots)
        {
            var clash = slots.FirstOrDefault(other => other.Row < row && other.Slot.Day == slot.Day
                && other.Slot.Start < slot.End && slot.Start < other.Slot.End);
            if (clash.Slot is not null)
            {
                Add($"{nameof(SetMyAvailability.Slots)}[{row}].{nameof(WeeklySlotFields.Start)}",
                    $"This slot overlaps your {clash.Slot.Day} {clash.Slot.Start:HH\\:mm} to {clash.Slot.End:HH\\:mm} slot");
            }
        }
        return slots.Select(s => s.Slot).OrderBy(s => (int)s.Day == 0 ? 7 : (int)s.Day).ThenBy(s => s.Start).ToList();
    }

    private List<TimeOffEntry> ReadTimeOff(IReadOnlyList<TimeOffFields> rows)
    {
        if (rows.Count(r => !r.IsBlank) > MaxTimeOff) Add(nameof(SetMyAvailability.TimeOff), $"Enter {MaxTimeOff} periods of time off or fewer");
        var periods = new List<TimeOffEntry>();
        for (var row = 0; row < rows.Count; row++)
        {
            var fields = rows[row];
            if (fields.IsBlank) continue;
            var key = $"{nameof(SetMyAvailability.TimeOff)}[{row}]";
            var from = ReadDate(fields.From, $"{key}.{nameof(TimeOffFields.From)}", "The first day off");
            var to = ReadDate(fields.To, $"{key}.{nameof(TimeOffFields.To)}", "The last day off");
            if (from is null || to is null) continue;
            if (to < from)
            {
                Add($"{key}.{nameof(TimeOffFields.To)}", "The last day off must be the same as or after the first day off");
                continue;
            }
            periods.Add(new TimeOffEntry(from.Value, to.Value));
        }
        return periods.OrderBy(p => p.From).ToList();
    }

    private DayOfWeek? ReadDay(string? typed, string key)
    {
        if (Enum.TryParse<DayOfWeek>(typed?.Trim(), ignoreCase: true, out var day) && Enum.IsDefined(day) && !int.TryParse(typed, NumberStyles.Integer, CultureInfo.InvariantCulture, out _)) return day;
        Add(key, "Select the day");
        return null;
    }

    private TimeOnly? ReadTime(string? typed, string key, string which)
    {
        if (string.IsNullOrWhiteSpace(typed))
        {
            Add(key, $"Enter the {which} time, like 09:00");
            return null;
        }
        if (TimeOnly.TryParseExact(typed.Trim(), TimeFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)) return time;
        Add(key, $"Enter the {which} time as hours and minutes on the 24-hour clock, like 09:00 or 17:30");
        return null;
    }

    private DateOnly? ReadDate(DateFields? fields, string key, string what)
    {
        if (fields is null || fields.IsBlank)
        {
            Add(key, $"Enter {what.ToLowerInvariant()}");
            return null;
        }
        var date = DateFieldsParser.Parse(fields, what, out var error);
        if (error is not null) Add(key, error);
        return date;
    }

    private void Add(string key, string message)
    {
        if (!_errors.TryGetValue(key, out var messages)) _errors[key] = messages = [];
        messages.Add(message);
    }
}
