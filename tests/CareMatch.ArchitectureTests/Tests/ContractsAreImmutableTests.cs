using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class ContractsAreImmutableTests
{
    private readonly ContractsAreImmutableRule _rule = new();

    [Theory]
    [MemberData(nameof(ProductAssemblies.ModuleNames), MemberType = typeof(ProductAssemblies))]
    public void Module_contracts_are_immutable(string module) =>
        Violations.AssertNone(_rule.Check(ProductAssemblies.Module(module).Contracts));

    [Fact]
    public void Reports_public_setters_and_writable_fields_but_not_init_only_records_or_constants()
    {
        var violations = _rule.Check(ProductAssemblies.BadExamples);

        Violations.AssertReported(violations,
            "Contracts.MutableBookingRequest.Reference has a public setter",
            "Contracts.MutableBookingRequest.Hours is a public writable field",
            "Contracts.BookingDefaults.DefaultHours is a public writable field");
        Violations.AssertNotReported(violations, "InitOnlyBookingRequest", "BookingRequested", "BookingLimits");
    }
}
