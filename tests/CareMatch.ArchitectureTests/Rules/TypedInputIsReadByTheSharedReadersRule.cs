using System.Reflection;
using CareMatch.ArchitectureTests.Support;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// Dates, times and money a person typed are read by CareMatch.SharedKernel.Input's readers, so
/// every form accepts the same forms and says the same things. Parsing one of those kinds from
/// text anywhere else is a reader of its own, found in the IL (lambdas and async methods count).
/// </summary>
internal sealed class TypedInputIsReadByTheSharedReadersRule
{
    private const string SharedReaders = "CareMatch.SharedKernel.Input.";

    /// <summary>Settings an operator writes (a fee, a lifetime) are configuration, read at start, not a person's typing.</summary>
    private const string Settings = "CareMatch.SharedKernel.Configuration.";

    private static readonly HashSet<string> ParsedKinds = new(StringComparer.Ordinal)
    {
        "System.DateOnly", "System.TimeOnly", "System.DateTime", "System.DateTimeOffset", "System.Decimal",
    };

    private static readonly HashSet<string> ParseMethods = new(StringComparer.Ordinal) { "Parse", "ParseExact", "TryParse", "TryParseExact" };

    /// <summary>
    /// Where text is not typed by a person into a form. The audit trail's filter reads a date from
    /// one box ("2/12/2026", or the ISO date a browser's date picker sends), not three.
    /// </summary>
    private static readonly HashSet<string> NotTypedInput = new(StringComparer.Ordinal)
    {
        "CareMatch.Accounts.Audit.ListAuditEntriesHandler",
    };

    public IReadOnlyList<string> Check(Assembly assembly) =>
        MethodCalls.In(assembly)
            .Where(call => ParsedKinds.Contains(call.CalledType) && ParseMethods.Contains(call.CalledMethod))
            .Where(call => !call.Caller.FullName!.StartsWith(SharedReaders, StringComparison.Ordinal)
                && !call.Caller.FullName.StartsWith(Settings, StringComparison.Ordinal)
                && !NotTypedInput.Contains(call.Caller.FullName))
            .Select(call => $"{call.Caller.FullName}.{call.CallerMethod} reads a {call.CalledType["System.".Length..]} from text itself ({call.CalledMethod}). "
                + "Read typed input with CareMatch.SharedKernel.Input (DateInput, TimeOfDayInput, PoundsInput, WholeNumberInput).")
            .Distinct()
            .ToList();
}
