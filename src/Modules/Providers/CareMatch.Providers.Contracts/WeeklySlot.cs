namespace CareMatch.Providers.Contracts;

/// <summary>A time the carer works every week, in UK local time.</summary>
public sealed record WeeklySlot(DayOfWeek Day, TimeOnly Start, TimeOnly End);
