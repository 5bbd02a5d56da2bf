namespace CareMatch.Providers.Contracts;

public sealed record CarerAvailability(IReadOnlyList<WeeklySlot> Slots, IReadOnlyList<TimeOff> TimeOff);
