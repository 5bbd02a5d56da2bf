namespace CareMatch.Matching.Engine.Time;

/// <summary>Whole days a carer cannot work, both ends included (holidays, time off).</summary>
public readonly record struct DateRange(DateOnly From, DateOnly To)
{
    internal (int Start, int End) ToMinutes() => (LocalMinutes.Of(From), LocalMinutes.Of(To.AddDays(1)));
}
