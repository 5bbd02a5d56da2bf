using System.Globalization;

namespace CareMatch.ArchitectureTests.BadExamples.Input;

/// <summary>Bad: a module reading typed times and money its own way, with its own idea of what to accept.</summary>
internal static class HomeMadeReaders
{
    public static TimeOnly? VisitStart(string typed) =>
        TimeOnly.TryParseExact(typed, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : null;

    // In a lambda on purpose: the call then sits in a compiler-generated closure class.
    public static Func<string, decimal> Pounds() => typed => decimal.Parse(typed.TrimStart('£'), CultureInfo.InvariantCulture);
}
