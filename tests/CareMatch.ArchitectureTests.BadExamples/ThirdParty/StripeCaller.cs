using Stripe;

namespace CareMatch.ArchitectureTests.BadExamples.ThirdParty;

/// <summary>Bad outside Payments: talks to Stripe.</summary>
internal static class StripeCaller
{
    public static async Task<string> CreateCustomerAsync(string email, CancellationToken cancellationToken)
    {
        var customer = await new CustomerService().CreateAsync(new CustomerCreateOptions { Email = email }, cancellationToken: cancellationToken);
        return customer.Id;
    }
}
