namespace CareMatch.Payments.Reconciliation;

/// <summary>
/// A balance transaction read from Stripe, kept so the next night reads only newer ones, with the
/// reference it was matched to (the visit whose charge, transfer, refund or reversal caused it);
/// none when we have no record of what caused it, which is itself a difference to look into.
/// </summary>
internal sealed class StripeMovement
{
    private StripeMovement()
    {
    }

    public string Id { get; private set; } = "";

    public string Type { get; private set; } = "";

    public string SourceId { get; private set; } = "";

    public long AmountPence { get; private set; }

    public long FeePence { get; private set; }

    public DateTimeOffset Created { get; private set; }

    public string? Reference { get; private set; }

    public static StripeMovement Of(Gateway.BalanceMovement movement, string? reference) => new()
    {
        Id = movement.Id,
        Type = movement.Type,
        SourceId = movement.SourceId,
        AmountPence = movement.AmountPence,
        FeePence = movement.FeePence,
        Created = movement.Created,
        Reference = reference,
    };
}
