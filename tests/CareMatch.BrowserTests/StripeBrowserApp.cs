using CareMatch.FakeStripe;

namespace CareMatch.BrowserTests;

/// <summary>
/// The browser app with Stripe keys, talking to a fake Stripe on another loopback port: carers
/// onboard and seekers save cards on its hosted pages, which send the browser back and post their
/// events to the app, signed, as Stripe does.
/// </summary>
public sealed class StripeBrowserApp() : BrowserApp(FakeStripeServer.StartAsync(global::Stripe.StripeConfiguration.ApiVersion, WebhookSecret).GetAwaiter().GetResult())
{
    public const string WebhookSecret = "whsec_browser_tests";
}
