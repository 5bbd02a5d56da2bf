namespace CareMatch.Matching.Engine.Time;

/// <summary>A day and part of the day, like "Tuesday morning": how the engine names the times carers are not free.</summary>
public readonly record struct PartOfWeek(DayOfWeek Day, PartOfDay Part)
{
    public const int Count = 28;

    internal const int SlotsPerPart = WeekSlots.SlotsPerDay / 4;

    internal static PartOfWeek FromIndex(int index) => new(WeekSlots.DayOf(index / 4), (PartOfDay)(index % 4));

    public string Describe(bool plural = false) => $"{Day} {Part.ToString().ToLowerInvariant()}{(plural ? "s" : "")}";

    public override string ToString() => Describe();
}
