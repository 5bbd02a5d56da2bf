namespace CareMatch.Payments.Webhooks;

/// <summary>
/// A Stripe event already applied, saved in the same transaction as what it changed. Its id is
/// the key, so of twenty deliveries racing in parallel exactly one can save.
/// </summary>
internal sealed class ReceivedStripeEvent
{
    public string EventId { get; init; } = "";

    public string Type { get; init; } = "";

    public DateTimeOffset ReceivedAt { get; init; }
}
