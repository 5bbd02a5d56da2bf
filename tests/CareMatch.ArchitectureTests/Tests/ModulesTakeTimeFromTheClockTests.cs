using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class ModulesTakeTimeFromTheClockTests
{
    private readonly ModulesTakeTimeFromTheClockRule _rule = new();

    [Theory]
    [MemberData(nameof(ProductAssemblies.ModuleNames), MemberType = typeof(ProductAssemblies))]
    public void Module_never_reads_the_machine_clock(string module) =>
        Violations.AssertNone(ProductAssemblies.Module(module).AllAssemblies.SelectMany(_rule.Check).ToList());

    [Theory]
    [InlineData("LocalNow reads DateTime.Now.")]
    [InlineData("Today reads DateTime.Today.")]
    [InlineData("OffsetNow reads DateTimeOffset.Now.")]
    [InlineData("OffsetUtcNow reads DateTimeOffset.UtcNow.")]
    [InlineData("FromTimeProvider reads TimeProvider.System.")]
    [InlineData("UtcNowLater reads DateTime.UtcNow.")] // inside a lambda, in a compiler-generated closure
    public void Reports_each_way_of_reading_the_machine_clock(string expected) =>
        Violations.AssertReported(_rule.Check(ProductAssemblies.BadExamples), "BadExamples.Time.ClockDodger." + expected);
}
