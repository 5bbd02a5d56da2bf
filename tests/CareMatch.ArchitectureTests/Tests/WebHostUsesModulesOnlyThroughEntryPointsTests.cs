using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class WebHostUsesModulesOnlyThroughEntryPointsTests
{
    private readonly WebHostUsesModulesOnlyThroughEntryPointsRule _rule = new();

    [Fact]
    public void The_web_host_uses_module_implementations_only_through_their_entry_points() =>
        Violations.AssertNone(_rule.Check(ProductAssemblies.Web, ProductAssemblies.ModuleMap));

    [Fact]
    public void Reports_host_code_using_a_module_implementation_type_but_not_an_entry_point()
    {
        // Checked as if the bad examples were the host.
        var violations = _rule.Check(ProductAssemblies.BadExamples, ProductAssemblies.ModuleMap);

        Violations.AssertReported(violations,
            "BadExamples.Boundaries.TravelTimeUsingMatchingEngine (in the host) uses CareMatch.Matching.Engine.Geography.GreatCircle");
        Violations.AssertNotReported(violations, "CareMatch.Needs.NeedsModule");
    }
}
