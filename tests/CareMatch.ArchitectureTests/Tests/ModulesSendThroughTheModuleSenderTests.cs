using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class ModulesSendThroughTheModuleSenderTests
{
    private readonly ModulesSendThroughTheModuleSenderRule _rule = new();

    [Theory]
    [MemberData(nameof(ProductAssemblies.ModuleNames), MemberType = typeof(ProductAssemblies))]
    public void Module_code_sends_only_through_the_module_sender(string module) =>
        Violations.AssertNone(ProductAssemblies.Module(module).ImplementationAssemblies.SelectMany(_rule.Check).ToList());

    [Fact]
    public void Reports_module_code_on_the_plain_sender_or_mediator()
    {
        var violations = _rule.Check(ProductAssemblies.BadExamples);

        Violations.AssertReported(violations,
            "BadExamples.Boundaries.PlainSenderInModule uses Mediator.ISender",
            "BadExamples.Pages.DistancePageModel uses Mediator.IMediator");
        Violations.AssertNotReported(violations, "BadExamples.Boundaries.ModuleSenderInModule");
    }
}
