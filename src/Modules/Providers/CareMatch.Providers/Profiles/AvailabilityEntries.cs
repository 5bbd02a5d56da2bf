namespace CareMatch.Providers.Profiles;

/// <summary>One weekly slot, stored with its profile.</summary>
internal sealed record WeeklySlotEntry(DayOfWeek Day, TimeOnly Start, TimeOnly End);

/// <summary>Dated time off, both days included, stored with its profile.</summary>
internal sealed record TimeOffEntry(DateOnly From, DateOnly To);
