using System.Reflection;
using CareMatch.ArchitectureTests.Support;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// Module code never reads the machine's clock; it asks CareMatch.SharedKernel.Time.IClock,
/// which tests control. Found in the IL, so a read inside a lambda or an async method counts.
/// </summary>
internal sealed class ModulesTakeTimeFromTheClockRule
{
    /// <summary>Each way of reading "now" that bypasses IClock, with the C# a person would have written.</summary>
    private static readonly Dictionary<string, string> MachineClockReads = new(StringComparer.Ordinal)
    {
        ["System.DateTime.get_Now"] = "DateTime.Now",
        ["System.DateTime.get_UtcNow"] = "DateTime.UtcNow",
        ["System.DateTime.get_Today"] = "DateTime.Today",
        ["System.DateTimeOffset.get_Now"] = "DateTimeOffset.Now",
        ["System.DateTimeOffset.get_UtcNow"] = "DateTimeOffset.UtcNow",
        ["System.TimeProvider.get_System"] = "TimeProvider.System",
    };

    public IReadOnlyList<string> Check(Assembly assembly) =>
        MethodCalls.In(assembly)
            .Where(call => MachineClockReads.ContainsKey(call.Called))
            .Select(call => $"{call.Caller.FullName}.{call.CallerMethod} reads {MachineClockReads[call.Called]}. "
                + "Take the time from CareMatch.SharedKernel.Time.IClock so tests control it.")
            .Distinct()
            .ToList();
}
