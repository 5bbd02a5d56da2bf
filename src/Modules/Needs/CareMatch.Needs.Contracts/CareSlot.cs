namespace CareMatch.Needs.Contracts;

public sealed record CareSlot(DayOfWeek Day, TimeOnly Start, TimeOnly End);
