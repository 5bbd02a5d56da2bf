namespace CareMatch.Needs.Contracts;

public enum ScheduleKind
{
    /// <summary>One visit on one date.</summary>
    OneOff = 1,

    /// <summary>The same visits every week, from a start date, until an end date if there is one.</summary>
    Weekly,
}
