using CareMatch.Payments.Gateway;
using Stripe;

namespace CareMatch.Payments.Webhooks;

/// <summary>
/// Checks a delivery is Stripe's: signed with our endpoint's secret, untampered, and no more than
/// five minutes old (Stripe.net's tolerance, against replays). Anything else reads as nothing.
/// </summary>
internal sealed class StripeEventReader(StripeSettings settings)
{
    public const long ToleranceSeconds = 300;

    public Event? Read(string payload, string? signature)
    {
        if (string.IsNullOrWhiteSpace(settings.WebhookSecret) || string.IsNullOrWhiteSpace(signature)) return null;
        try
        {
            return EventUtility.ConstructEvent(payload, signature, settings.WebhookSecret, ToleranceSeconds, throwOnApiVersionMismatch: false);
        }
        catch (StripeException)
        {
            return null;
        }
        catch (Newtonsoft.Json.JsonException)
        {
            return null;
        }
    }
}
