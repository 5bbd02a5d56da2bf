namespace CareMatch.ArchitectureTests.BadExamples.Contracts;

/// <summary>Bad: a contract that another module could change after sending it.</summary>
public sealed class MutableBookingRequest
{
    public int Hours;

    public string Reference { get; set; } = string.Empty;
}

/// <summary>Good, for contrast: only init-only properties, so the rule must not report it.</summary>
public sealed class InitOnlyBookingRequest
{
    public string Reference { get; init; } = string.Empty;

    public int Hours { get; }
}

/// <summary>Good, for contrast: a positional record.</summary>
public sealed record BookingRequested(string Reference, int Hours);

/// <summary>Good, for contrast: constants are fine.</summary>
public static class BookingLimits
{
    public const int MaximumHours = 12;

    public static IReadOnlyList<int> AllowedHours { get; } = [1, 2, 3];
}

/// <summary>Bad: shared mutable static state in a contract.</summary>
public static class BookingDefaults
{
    public static int DefaultHours = 2;
}
