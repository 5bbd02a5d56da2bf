using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Input;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>The signed-in carer's weekly slots and dated time off.</summary>
[SentBy(Roles.Carer)]
public sealed record GetMyAvailability : IQuery<CarerAvailability>;

public sealed record CarerAvailability(IReadOnlyList<WeeklySlot> Slots, IReadOnlyList<TimeOff> TimeOff);

/// <summary>A time the carer works every week, in UK local time.</summary>
public sealed record WeeklySlot(DayOfWeek Day, TimeOnly Start, TimeOnly End);

/// <summary>Days the carer cannot work, both ends included.</summary>
public sealed record TimeOff(DateOnly From, DateOnly To);

/// <summary>
/// Replaces the carer's availability with what the form holds. Rows left blank are ignored,
/// so a form can offer a fixed number of rows and work without JavaScript.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record SetMyAvailability(IReadOnlyList<WeeklySlotFields> Slots, IReadOnlyList<TimeOffFields> TimeOff) : ICommand;

/// <summary>One weekly slot as typed: a day name ("Monday") and times like "09:00" or "9am".</summary>
public sealed record WeeklySlotFields(string? Day, string? Start, string? End)
{
    public bool IsBlank => string.IsNullOrWhiteSpace(Day) && string.IsNullOrWhiteSpace(Start) && string.IsNullOrWhiteSpace(End);
}

public sealed record TimeOffFields(DateBoxes? From, DateBoxes? To)
{
    public bool IsBlank => DateBoxes.IsNullOrBlank(From) && DateBoxes.IsNullOrBlank(To);
}
