namespace CareMatch.Matching.Engine.Time;

/// <summary>A stretch of local time, start included and end excluded: a visit already booked, or a one-off visit asked for.</summary>
public readonly record struct TimeInterval(DateTime Start, DateTime End)
{
    internal (int Start, int End) ToMinutes() => (LocalMinutes.Of(Start), LocalMinutes.Of(End));
}
