using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class OnlyTheWebHostUsesHangfireTests
{
    private readonly OnlyTheWebHostUsesHangfireRule _rule = new();

    [Fact]
    public void No_assembly_but_the_web_host_uses_Hangfire()
    {
        var others = ProductAssemblies.All.Where(a => a.GetName().Name != OnlyTheWebHostUsesHangfireRule.Owner);

        Violations.AssertNone(others.SelectMany(_rule.Check).ToList());
    }

    [Fact]
    public void Sees_the_web_hosts_own_Hangfire_use()
    {
        // The host may use Hangfire; that the checker sees it there shows it can see it anywhere.
        var violations = _rule.Check(ProductAssemblies.Web);

        Violations.AssertReported(violations, "CareMatch.Web.Infrastructure.Scheduling.HangfireRegistration", "references Hangfire.Core");
    }

    [Fact]
    public void Reports_Hangfire_used_outside_the_web_host()
    {
        var violations = _rule.Check(ProductAssemblies.BadExamples);

        Violations.AssertReported(violations,
            "BadExamples.ThirdParty.HangfireScheduler (in CareMatch.ArchitectureTests.BadExamples) depends on Hangfire",
            "CareMatch.ArchitectureTests.BadExamples references Hangfire.Core");
    }
}
