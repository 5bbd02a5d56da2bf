using CareMatch.ArchitectureTests.Rules;
using CareMatch.ArchitectureTests.Support;
using Xunit;

namespace CareMatch.ArchitectureTests.Tests;

public sealed class OnlyPaymentsUsesStripeTests
{
    private readonly OnlyPaymentsUsesStripeRule _rule = new();

    [Fact]
    public void No_assembly_but_payments_uses_Stripe()
    {
        var others = ProductAssemblies.All.Where(a => a.GetName().Name != OnlyPaymentsUsesStripeRule.Owner);

        Violations.AssertNone(others.SelectMany(_rule.Check).ToList());
    }

    [Fact]
    public void Reports_Stripe_used_outside_payments()
    {
        var violations = _rule.Check(ProductAssemblies.BadExamples);

        Violations.AssertReported(violations,
            "BadExamples.ThirdParty.StripeCaller (in CareMatch.ArchitectureTests.BadExamples) depends on Stripe",
            "CareMatch.ArchitectureTests.BadExamples references Stripe.net");
    }
}
