namespace CareMatch.Providers.Profiles;

/// <summary>One weekly slot, stored with its profile.</summary>
internal sealed record WeeklySlotEntry(DayOfWeek Day, TimeOnly Start, TimeOnly End);
