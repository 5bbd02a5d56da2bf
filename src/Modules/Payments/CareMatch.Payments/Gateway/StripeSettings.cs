using CareMatch.Payments.Contracts;
using Microsoft.Extensions.Configuration;

namespace CareMatch.Payments.Gateway;

/// <summary>
/// Stripe's keys (configuration section <c>Payments:Stripe</c>). Without a secret key the app runs
/// on the simulated gateway, so it works out of the box; <see cref="ApiBase"/> is only for tests,
/// which point Stripe.net at a local fake.
/// </summary>
internal sealed record StripeSettings
{
    public const string Section = "Payments:Stripe";

    public string? SecretKey { get; init; }

    public string? WebhookSecret { get; init; }

    public string? ApiBase { get; init; }

    public bool IsConfigured => !string.IsNullOrWhiteSpace(SecretKey);

    /// <summary>Checkout's and Connect onboarding's origins; a local fake serves both from its own.</summary>
    public PaymentPageOrigins HostedPageOrigins => new(string.IsNullOrWhiteSpace(ApiBase)
        ? ["https://checkout.stripe.com", "https://connect.stripe.com"]
        : [new Uri(ApiBase).GetLeftPart(UriPartial.Authority)]);

    public static StripeSettings From(IConfiguration configuration) => new()
    {
        SecretKey = configuration[$"{Section}:SecretKey"],
        WebhookSecret = configuration[$"{Section}:WebhookSecret"],
        ApiBase = configuration[$"{Section}:ApiBase"],
    };
}
