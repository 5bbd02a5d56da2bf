using CareMatch.Needs.Contracts;
using CareMatch.Needs.Requests;

namespace CareMatch.Needs.Input;

/// <summary>
/// Reads when care is needed: a one-off visit, or weekly visits from a start date. Each problem
/// goes to the field where it can be fixed: a slot's end, a second overlapping slot's start.
/// </summary>
internal static class ScheduleReader
{
    /// <summary>Shorter visits are not worth a carer's journey, and are usually a typing slip.</summary>
    public static readonly TimeSpan ShortestVisit = TimeSpan.FromMinutes(30);

    /// <summary>"Within 48 hours": today, tomorrow or the day after.</summary>
    private const int UrgentWithinDays = 2;

    public sealed record Schedule(ScheduleKind Kind, DateOnly StartDate, DateOnly? EndDate, IReadOnlyList<VisitSlot> Slots);

    public static Schedule? Read(CareRequestDetails input, DateOnly today, FieldErrors errors)
    {
        var schedule = input.Schedule switch
        {
            ScheduleKind.OneOff => ReadOneOff(input, today, errors),
            ScheduleKind.Weekly => ReadWeekly(input, today, errors),
            _ => Fail(errors, nameof(input.Schedule), "Select whether you need one visit or weekly visits"),
        };
        if (schedule is not null && input.Urgent && schedule.StartDate > today.AddDays(UrgentWithinDays))
        {
            errors.Add(nameof(input.Urgent), "Urgent care starts within 48 hours. Choose an earlier date, or untick urgent");
        }
        return schedule;
    }

    private static Schedule? ReadOneOff(CareRequestDetails input, DateOnly today, FieldErrors errors)
    {
        var date = ReadDate(input.VisitDate, nameof(input.VisitDate), "the date of the visit", today, errors, required: true);
        var slot = ReadTimes(input.VisitStart, input.VisitEnd, nameof(input.VisitStart), nameof(input.VisitEnd), errors);
        if (date is not { } day || slot is not var (start, end)) return null;
        return new Schedule(ScheduleKind.OneOff, day, day, [new VisitSlot(day.DayOfWeek, start, end)]);
    }

    private static Schedule? ReadWeekly(CareRequestDetails input, DateOnly today, FieldErrors errors)
    {
        var startDate = ReadDate(input.StartDate, nameof(input.StartDate), "the date care should start", today, errors, required: true);
        var endDate = ReadDate(input.EndDate, nameof(input.EndDate), "the date care should end", today, errors, required: false);
        if (startDate is { } first && endDate is { } last && last < first)
        {
            errors.Add(nameof(input.EndDate), "The end date must be the same as or after the start date");
        }
        var slots = ReadSlots(input.Slots, errors);
        if (startDate is null || errors.Any) return null;
        return new Schedule(ScheduleKind.Weekly, startDate.Value, endDate, slots);
    }

    private static List<VisitSlot> ReadSlots(IReadOnlyList<SlotInput> rows, FieldErrors errors)
    {
        var slots = new List<VisitSlot>();
        var anyRow = false;
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if (row.Day is null && string.IsNullOrWhiteSpace(row.Start) && string.IsNullOrWhiteSpace(row.End)) continue;
            anyRow = true;
            var prefix = $"{nameof(CareRequestDetails.Slots)}[{i}]";
            if (row.Day is null) errors.Add($"{prefix}.{nameof(row.Day)}", "Select the day of this visit");
            var times = ReadTimes(row.Start, row.End, $"{prefix}.{nameof(row.Start)}", $"{prefix}.{nameof(row.End)}", errors);
            if (row.Day is not { } day || times is not var (start, end)) continue;

            var clash = slots.FirstOrDefault(s => s.Day == day && s.Start < end && start < s.End);
            if (clash is not null)
            {
                errors.Add($"{prefix}.{nameof(row.Start)}", $"This visit overlaps the {day} visit from {clash.Start:HH\\:mm} to {clash.End:HH\\:mm}");
                continue;
            }
            slots.Add(new VisitSlot(day, start, end));
        }
        if (!anyRow) errors.Add(nameof(CareRequestDetails.Slots), "Add at least one weekly visit: a day, a start time and an end time");
        return [.. slots.OrderBy(s => s.Day == DayOfWeek.Sunday ? 7 : (int)s.Day).ThenBy(s => s.Start)];
    }

    private static (TimeOnly Start, TimeOnly End)? ReadTimes(string? startText, string? endText, string startField, string endField, FieldErrors errors)
    {
        var start = ReadTime(startText, startField, "the time the visit starts", errors);
        var end = ReadTime(endText, endField, "the time the visit ends", errors);
        if (start is not { } from || end is not { } to) return null;
        if (to <= from)
        {
            errors.Add(endField, "The visit must end after it starts");
            return null;
        }
        if (to - from < ShortestVisit)
        {
            errors.Add(endField, "A visit must be at least 30 minutes long");
            return null;
        }
        return (from, to);
    }

    private static TimeOnly? ReadTime(string? text, string field, string what, FieldErrors errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            errors.Add(field, $"Enter {what}");
            return null;
        }
        var time = TypedValues.ReadTime(text);
        if (time is null) errors.Add(field, "Enter a 24-hour time, like 09:00 or 14:30");
        return time;
    }

    private static DateOnly? ReadDate(DateParts? input, string field, string what, DateOnly today, FieldErrors errors, bool required)
    {
        if (TypedValues.IsBlank(input))
        {
            if (required) errors.Add(field, $"Enter {what}");
            return null;
        }
        var date = TypedValues.ReadDate(input!);
        if (date is null)
        {
            errors.Add(field, $"Enter {what} as a real date, like 27 3 2026");
            return null;
        }
        if (date < today)
        {
            errors.Add(field, $"{Capitalise(what)} must be today or in the future");
            return null;
        }
        return date;
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static Schedule? Fail(FieldErrors errors, string field, string message)
    {
        errors.Add(field, message);
        return null;
    }
}
