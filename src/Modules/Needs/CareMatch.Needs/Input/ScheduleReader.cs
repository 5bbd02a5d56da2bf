using CareMatch.Needs.Contracts;
using CareMatch.Needs.Requests;
using CareMatch.SharedKernel.Input;
using CareMatch.SharedKernel.Time;

namespace CareMatch.Needs.Input;

/// <summary>
/// When care is needed, a one-off visit or weekly visits from a start date, read with the shared
/// readers under the labels <see cref="CareRequestDetailsValidator"/> checks them with.
/// </summary>
internal static class ScheduleReader
{
    public const string VisitDateLabel = "the date of the visit";
    public const string StartDateLabel = "the date care should start";
    public const string EndDateLabel = "the date care should end";
    public const string StartTimeLabel = "the start time";
    public const string EndTimeLabel = "the end time";

    /// <summary>Shorter visits are not worth a carer's journey, and are usually a typing slip.</summary>
    public static readonly TimeSpan ShortestVisit = TimeSpan.FromMinutes(30);

    public sealed record Schedule(ScheduleKind Kind, DateOnly StartDate, DateOnly? EndDate, IReadOnlyList<VisitSlot> Slots);

    /// <summary>The first day of care, when what was typed reads as one; null otherwise.</summary>
    public static DateOnly? FirstDay(CareRequestDetails input) => input.Schedule switch
    {
        ScheduleKind.OneOff => DateInput.Read(input.VisitDate, VisitDateLabel) is { IsValid: true } day ? day.Value : null,
        ScheduleKind.Weekly => DateInput.Read(input.StartDate, StartDateLabel) is { IsValid: true } day ? day.Value : null,
        _ => null,
    };

    /// <summary>Only for input the validator has passed.</summary>
    public static Schedule Read(CareRequestDetails input)
    {
        if (input.Schedule == ScheduleKind.OneOff)
        {
            var day = DateInput.Read(input.VisitDate, VisitDateLabel).Expect();
            return new Schedule(ScheduleKind.OneOff, day, day, [new VisitSlot(day.DayOfWeek, Start(input.VisitStart), End(input.VisitEnd))]);
        }
        var endDate = DateBoxes.IsNullOrBlank(input.EndDate) ? (DateOnly?)null : DateInput.Read(input.EndDate, EndDateLabel).Expect();
        var slots = FilledIn(input.Slots).Select(row => new VisitSlot(row.Day!.Value, Start(row.Start), End(row.End)));
        return new Schedule(ScheduleKind.Weekly, DateInput.Read(input.StartDate, StartDateLabel).Expect(), endDate,
            [.. slots.OrderBy(s => UkWeek.Position(s.Day)).ThenBy(s => s.Start)]);
    }

    /// <summary>The slot rows a person filled in; wholly blank rows are spare ones the form offers.</summary>
    public static IEnumerable<SlotInput> FilledIn(IEnumerable<SlotInput> rows) => rows.Where(row => !IsBlank(row));

    public static bool IsBlank(SlotInput row) => row.Day is null && string.IsNullOrWhiteSpace(row.Start) && string.IsNullOrWhiteSpace(row.End);

    public static TimeOnly Start(string? typed) => TimeOfDayInput.Read(typed, StartTimeLabel).Expect();

    public static TimeOnly End(string? typed) => TimeOfDayInput.Read(typed, EndTimeLabel).Expect();
}
