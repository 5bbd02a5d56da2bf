using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class EveryMessageDeclaresWhoMaySendItTests
{
    private readonly EveryMessageDeclaresWhoMaySendItRule _rule = new();

    [Theory]
    [MemberData(nameof(ProductAssemblies.ModuleNames), MemberType = typeof(ProductAssemblies))]
    public void Every_command_and_query_in_a_contract_says_who_may_send_it(string module) =>
        Violations.AssertNone(_rule.Check(ProductAssemblies.Module(module).Contracts));

    [Fact]
    public void The_contracts_hold_commands_and_queries_for_the_rule_to_check()
    {
        // The modules send about ninety between them; finding none would make the rule vacuous.
        var messages = ProductAssemblies.Modules.SelectMany(m => ContractMessages.In(m.Contracts)).ToList();

        Assert.True(messages.Count >= 90, $"Found only {messages.Count} commands and queries in the contracts.");
    }

    [Fact]
    public void Reports_an_undeclared_command_and_a_misspelt_role_but_not_a_declared_query()
    {
        var violations = _rule.Check(ProductAssemblies.BadExamples);

        Violations.AssertReported(violations,
            "Contracts.UndeclaredCancelBooking does not say who may send it",
            "Contracts.MisspeltRoleBookingQuery names the role 'Carers', which does not exist");
        Violations.AssertNotReported(violations, "DeclaredBookingQuery");
    }
}
