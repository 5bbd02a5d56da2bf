using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Providers.Contracts;

/// <summary>
/// Replaces the carer's availability with what the form holds. Rows left blank are ignored,
/// so a form can offer a fixed number of rows and work without JavaScript.
/// </summary>
[SentBy(Roles.Carer)]
public sealed record SetMyAvailability(IReadOnlyList<WeeklySlotFields> Slots, IReadOnlyList<TimeOffFields> TimeOff) : ICommand;
