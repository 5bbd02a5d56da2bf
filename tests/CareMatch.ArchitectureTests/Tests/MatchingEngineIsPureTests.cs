using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class MatchingEngineIsPureTests
{
    private const string Engine = "CareMatch.Matching.Engine";

    [Fact]
    public void The_compiled_engine_references_only_the_BCL()
    {
        var engine = ProductAssemblies.Module("Matching").MoreImplementation.Single(a => a.GetName().Name == Engine);

        Violations.AssertNone(new MatchingEngineUsesOnlyTheBclRule().Check(engine));
    }

    [Fact]
    public void The_engine_project_references_nothing()
    {
        var project = ProjectFile.AllUnderSrc().Single(p => p.Name == Engine);

        Violations.AssertNone(new ProjectReferencesNothingRule().Check(project));
    }

    [Fact]
    public void Reports_an_assembly_referencing_more_than_the_BCL()
    {
        var violations = new MatchingEngineUsesOnlyTheBclRule().Check(ProductAssemblies.BadExamples);

        Violations.AssertReported(violations,
            "references Microsoft.EntityFrameworkCore,", "references Stripe.net,", "references Mediator,");
        Violations.AssertNotReported(violations, "System.Runtime,");
    }

    [Fact]
    public void Reports_an_engine_project_with_references()
    {
        var project = ProjectFile.Load(Path.Combine(AppContext.BaseDirectory, "BadProjects", "CareMatch.Matching.Engine.csproj.txt"));

        var violations = new ProjectReferencesNothingRule().Check(project);

        Violations.AssertReported(violations,
            "CareMatch.Matching.Engine references the package Microsoft.EntityFrameworkCore",
            "CareMatch.Matching.Engine references the framework Microsoft.AspNetCore.App",
            "CareMatch.Matching.Engine references the project CareMatch.SharedKernel");
    }
}
