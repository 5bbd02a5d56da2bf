namespace CareMatch.Matching.Engine.Time;

/// <summary>Quarters of the day people talk in, six hours each so a slot's part is slot / 24.</summary>
public enum PartOfDay
{
    /// <summary>00:00–06:00.</summary>
    Night = 0,

    /// <summary>06:00–12:00.</summary>
    Morning,

    /// <summary>12:00–18:00.</summary>
    Afternoon,

    /// <summary>18:00–24:00.</summary>
    Evening,
}
