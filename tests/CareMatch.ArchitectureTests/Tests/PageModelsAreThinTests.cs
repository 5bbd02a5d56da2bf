using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class PageModelsAreThinTests
{
    private readonly PageModelsAreThinRule _rule = new();

    [Fact]
    public void The_web_hosts_page_models_are_thin()
    {
        // The rule only looks at page models: make sure there are some to look at.
        Assert.Contains(ProductAssemblies.Web.GetTypes(), t => typeof(PageModel).IsAssignableFrom(t));

        Violations.AssertNone(_rule.Check(ProductAssemblies.Web, ProductAssemblies.ModuleMap));
    }

    [Fact]
    public void Reports_a_page_model_using_a_DbContext_and_EF_Core()
    {
        var violations = _rule.Check(ProductAssemblies.BadExamples, ProductAssemblies.ModuleMap);

        Violations.AssertReported(violations,
            "Page model CareMatch.ArchitectureTests.BadExamples.Pages.InvoicesPageModel uses the DbContext CareMatch.ArchitectureTests.BadExamples.Persistence.InvoicesDbContext",
            "Page model CareMatch.ArchitectureTests.BadExamples.Pages.InvoicesPageModel uses EF Core (Microsoft.EntityFrameworkCore.");
    }

    [Fact]
    public void Reports_a_page_model_using_IMediator_and_a_module_implementation()
    {
        var violations = _rule.Check(ProductAssemblies.BadExamples, ProductAssemblies.ModuleMap);

        Violations.AssertReported(violations,
            "Page model CareMatch.ArchitectureTests.BadExamples.Pages.DistancePageModel uses Mediator.IMediator",
            "Page model CareMatch.ArchitectureTests.BadExamples.Pages.DistancePageModel uses CareMatch.Matching.Engine.Geography.GreatCircle");
        Violations.AssertNotReported(violations, "ThinPageModel");
    }
}
