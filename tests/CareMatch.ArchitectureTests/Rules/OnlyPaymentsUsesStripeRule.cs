using System.Reflection;
using CareMatch.ArchitectureTests.Support;

namespace CareMatch.ArchitectureTests.Rules;

/// <summary>
/// Only CareMatch.Payments talks to Stripe, so the payment provider can be faked, replaced or
/// audited in one place. Run this on every other assembly.
/// </summary>
internal sealed class OnlyPaymentsUsesStripeRule
{
    public const string Owner = "CareMatch.Payments";

    public IReadOnlyList<string> Check(Assembly assembly) =>
        ThirdPartyUsage.Find(assembly, "Stripe", name => name == "Stripe.net",
            $"Only {Owner} may use Stripe; others send a Payments command.");
}
