namespace CareMatch.Needs.Contracts;

/// <summary>When care is needed. A one-off visit has one slot and its end date is its start date.</summary>
public sealed record CareSchedule(
    ScheduleKind Kind,
    DateOnly StartDate,
    DateOnly? EndDate,
    IReadOnlyList<CareSlot> Slots,
    bool Urgent);
