using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class OnlyHostTasksSendAsModulesTests
{
    private readonly OnlyHostTasksSendAsModulesRule _rule = new();

    [Fact]
    public void Only_the_hosts_own_tasks_send_as_a_module() =>
        Violations.AssertNone(_rule.Check(ProductAssemblies.Web, ProductAssemblies.Modules.Select(m => m.Contracts)));

    [Fact]
    public void Reports_a_page_sending_as_a_module_or_sending_a_module_only_query_but_not_a_page_on_ISender()
    {
        // Checked as if the bad examples were the host.
        var violations = _rule.Check(ProductAssemblies.BadExamples, ProductAssemblies.Modules.Select(m => m.Contracts));

        Violations.AssertReported(violations,
            "BadExamples.Pages.ModuleSendingPageModel (in the host) uses CareMatch.SharedKernel.Authorization.IModuleSender",
            "BadExamples.Pages.ModuleSendingPageModel (in the host) uses CareMatch.Needs.Contracts.GetCareRequestFacts, which only modules may send");
        Violations.AssertNotReported(violations, "ThinPageModel");
    }
}
