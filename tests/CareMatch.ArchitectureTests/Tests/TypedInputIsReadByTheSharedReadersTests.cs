using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class TypedInputIsReadByTheSharedReadersTests
{
    private readonly TypedInputIsReadByTheSharedReadersRule _rule = new();

    [Fact]
    public void Modules_and_pages_read_typed_dates_times_and_money_only_with_the_shared_readers() =>
        Violations.AssertNone(ProductAssemblies.All.SelectMany(_rule.Check).ToList());

    [Theory]
    [InlineData("VisitStart reads a TimeOnly from text itself (TryParseExact).")]
    [InlineData("Pounds reads a Decimal from text itself (Parse).")]
    public void Reports_a_home_made_reader(string expected) =>
        Violations.AssertReported(_rule.Check(ProductAssemblies.BadExamples), "BadExamples.Input.HomeMadeReaders." + expected);
}
