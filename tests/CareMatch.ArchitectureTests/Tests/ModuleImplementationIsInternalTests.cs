using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class ModuleImplementationIsInternalTests
{
    private readonly ModuleImplementationIsInternalRule _rule = new();

    [Theory]
    [MemberData(nameof(ProductAssemblies.ModuleNames), MemberType = typeof(ProductAssemblies))]
    public void Module_implementation_is_internal_except_its_entry_point(string module) =>
        Violations.AssertNone(_rule.Check(ProductAssemblies.Module(module).Implementation, module));

    [Fact]
    public void Reports_a_public_type_beside_the_entry_point()
    {
        var violations = _rule.Check(ProductAssemblies.BadExamples, "Bookings");

        Violations.AssertReported(violations, "BadExamples.Boundaries.LeakedPublicService is public");
        Violations.AssertNotReported(violations,
            "BadExamples.BookingsModule is public", "BadExamples.BookingsModule.", "must be a static class", "must declare exactly one");
    }

    [Fact]
    public void Reports_a_missing_entry_point()
    {
        var violations = _rule.Check(ProductAssemblies.BadExamples, "Payments");

        Violations.AssertReported(violations, "has no public static class CareMatch.ArchitectureTests.BadExamples.PaymentsModule");
    }
}
