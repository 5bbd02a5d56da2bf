namespace CareMatch.Payments.Contracts;

/// <summary>
/// What became of a webhook delivery, for Stripe and the logs (never a person's page): the
/// endpoint answers 400 to a refused one, 200 with the outcome otherwise.
/// </summary>
public sealed record StripeEventReceipt(string Outcome, bool Refused)
{
    public static StripeEventReceipt Applied { get; } = new("Applied", Refused: false);

    /// <summary>Seen before: nothing changed, and Stripe is told all is well so it stops retrying.</summary>
    public static StripeEventReceipt AlreadyApplied { get; } = new("Already applied", Refused: false);

    /// <summary>A type Payments does not act on.</summary>
    public static StripeEventReceipt Ignored { get; } = new("Ignored", Refused: false);

    /// <summary>Unsigned, wrongly signed, tampered with or too old; or no webhook secret is set.</summary>
    public static StripeEventReceipt NotFromStripe { get; } = new("Refused: not a signed Stripe event", Refused: true);
}
