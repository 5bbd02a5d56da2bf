using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

/// <summary>The reference rules, read from the project files themselves.</summary>
public sealed class ProjectReferenceTests
{
    private static readonly Dictionary<string, PackageConfinedToOneProjectRule> PackageRules = new()
    {
        ["Mediator.SourceGenerator"] = PackageConfinedToOneProjectRule.MediatorSourceGenerator,
        ["Hangfire"] = PackageConfinedToOneProjectRule.Hangfire,
        ["Stripe"] = PackageConfinedToOneProjectRule.Stripe,
        ["SkiaSharp"] = PackageConfinedToOneProjectRule.SkiaSharp,
        ["PdfPig"] = PackageConfinedToOneProjectRule.PdfPig,
    };

    private readonly ModuleProjectsReferenceOnlyContractsRule _moduleRule = new();

    public static TheoryData<string> PackageRuleNames() => new(PackageRules.Keys);

    [Fact]
    public void Module_projects_reference_other_modules_only_through_contracts() =>
        Violations.AssertNone(ProjectFile.AllUnderSrc()
            .SelectMany(p => _moduleRule.Check(p, SourceModules.Names()))
            .ToList());

    [Theory]
    [MemberData(nameof(PackageRuleNames))]
    public void Confined_package_is_referenced_only_by_its_project(string rule) =>
        Violations.AssertNone(ProjectFile.AllUnderSrc().SelectMany(PackageRules[rule].Check).ToList());

    [Fact]
    public void Reports_a_module_project_referencing_another_modules_implementation_or_the_host()
    {
        var violations = _moduleRule.Check(BadProject("CareMatch.Bookings"), SourceModules.Names());

        Violations.AssertReported(violations,
            "CareMatch.Bookings references CareMatch.Needs;",
            "CareMatch.Bookings references CareMatch.Matching.Engine;",
            "CareMatch.Bookings references CareMatch.Web;");
        Violations.AssertNotReported(violations,
            "references CareMatch.Bookings.Contracts", "references CareMatch.Needs.Contracts", "references CareMatch.SharedKernel");
    }

    [Fact]
    public void Reports_a_contracts_project_referencing_an_implementation()
    {
        var violations = _moduleRule.Check(BadProject("CareMatch.Bookings.Contracts"), SourceModules.Names());

        Violations.AssertReported(violations, "CareMatch.Bookings.Contracts references CareMatch.Bookings;");
        Violations.AssertNotReported(violations, "references CareMatch.Accounts.Contracts", "references CareMatch.SharedKernel");
    }

    [Theory]
    [InlineData("Mediator.SourceGenerator", "references the package Mediator.SourceGenerator; only CareMatch.Web")]
    [InlineData("Hangfire", "references the package Hangfire.Core; only CareMatch.Web")]
    [InlineData("Stripe", "references the package Stripe.net; only CareMatch.Payments")]
    public void Reports_a_confined_package_in_another_project(string rule, string expected)
    {
        var violations = PackageRules[rule].Check(BadProject("CareMatch.Bookings"));

        Violations.AssertReported(violations, "CareMatch.Bookings " + expected);
        Violations.AssertNotReported(violations, "FluentValidation");
    }

    private static ProjectFile BadProject(string name) =>
        ProjectFile.Load(Path.Combine(AppContext.BaseDirectory, "BadProjects", name + ".csproj.txt"));
}
