using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class ModulesUseOtherModulesOnlyThroughContractsTests
{
    private readonly ModulesUseOtherModulesOnlyThroughContractsRule _rule = new();

    [Theory]
    [MemberData(nameof(ProductAssemblies.ModuleNames), MemberType = typeof(ProductAssemblies))]
    public void Module_uses_other_modules_only_through_their_contracts(string module)
    {
        var violations = ProductAssemblies.Module(module).AllAssemblies
            .SelectMany(assembly => _rule.Check(assembly, module, ProductAssemblies.ModuleMap))
            .ToList();

        Violations.AssertNone(violations);
    }

    [Fact]
    public void Reports_a_module_using_another_modules_implementation()
    {
        // Checked as if it were Bookings: it calls Needs' entry point and Matching's engine.
        var violations = _rule.Check(ProductAssemblies.BadExamples, "Bookings", ProductAssemblies.ModuleMap);

        Violations.AssertReported(violations,
            "BadExamples.BookingsModule (in CareMatch.ArchitectureTests.BadExamples, module Bookings) uses CareMatch.Needs.NeedsModule",
            "BadExamples.Boundaries.TravelTimeUsingMatchingEngine (in CareMatch.ArchitectureTests.BadExamples, module Bookings) uses CareMatch.Matching.Engine.Geography.GreatCircle",
            "references CareMatch.Needs, part of the implementation of module Needs",
            "references CareMatch.Matching.Engine, part of the implementation of module Matching");
    }

    [Fact]
    public void Does_not_report_a_module_using_its_own_implementation()
    {
        // Checked as if it were Needs, the same calls into Needs are its own business.
        var violations = _rule.Check(ProductAssemblies.BadExamples, "Needs", ProductAssemblies.ModuleMap);

        Violations.AssertNotReported(violations, "CareMatch.Needs.NeedsModule");
        Violations.AssertReported(violations, "CareMatch.Matching.Engine.Geography.GreatCircle");
    }
}
