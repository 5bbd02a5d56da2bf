namespace CareMatch.ArchitectureTests.BadExamples.Time;

/// <summary>Bad: reads the machine's clock instead of the IClock tests control.</summary>
internal static class ClockDodger
{
    public static DateTime LocalNow() => DateTime.Now;

    public static DateTime Today() => DateTime.Today;

    public static DateTimeOffset OffsetNow() => DateTimeOffset.Now;

    public static DateTimeOffset OffsetUtcNow() => DateTimeOffset.UtcNow;

    public static DateTimeOffset FromTimeProvider() => TimeProvider.System.GetUtcNow();

    // In a lambda on purpose: the call then sits in a compiler-generated closure class.
    public static Func<DateTime> UtcNowLater() => () => DateTime.UtcNow;
}
