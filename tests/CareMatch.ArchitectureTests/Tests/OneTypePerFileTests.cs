using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class OneTypePerFileTests
{
    private readonly OneTypePerFileRule _rule = new();

    [Fact]
    public void Every_type_in_src_lives_in_a_file_of_its_own_name() =>
        Violations.AssertNone(_rule.Check(RepositoryRoot.PathTo("src")));

    [Fact]
    public void Reports_a_helper_hidden_in_a_handler_file()
    {
        var violations = _rule.Check(RepositoryRoot.PathTo("tests", "CareMatch.ArchitectureTests.BadExamples", "Files"));
        Violations.AssertReported(violations, "HiddenHelperHandler.cs declares HiddenHelperRules");
        Violations.AssertNotReported(violations, "FileScopedHelper");
    }
}
