using CareMatch.Payments.Webhooks;

namespace CareMatch.Payments.Payouts;

/// <summary>
/// A payout from a carer's Stripe balance to their bank, as Stripe's payout.* events report it on
/// the carer's connected account: the amount, the day it should arrive, and whether it has.
/// </summary>
internal sealed class CarerPayout
{
    private CarerPayout()
    {
    }

    public string PayoutId { get; private set; } = "";

    public string GatewayAccountId { get; private set; } = "";

    public long Pence { get; private set; }

    public DateOnly ArrivalDate { get; private set; }

    /// <summary>Stripe's words: pending, in_transit, paid, failed or canceled.</summary>
    public string Status { get; private set; } = "";

    public DateTimeOffset StatusAt { get; private set; }

    public static CarerPayout For(string payoutId, string gatewayAccountId) =>
        new() { PayoutId = payoutId, GatewayAccountId = gatewayAccountId, StatusAt = DateTimeOffset.MinValue };

    public static bool IsFinal(string status) => status is "paid" or "failed" or "canceled";

    /// <summary>Takes the reported state if it outranks the one held, so deliveries in any order end the same.</summary>
    public bool Report(string status, long pence, DateOnly arrivalDate, DateTimeOffset at)
    {
        var reported = new StripeStatus(status, at, IsFinal(status));
        if (Status.Length > 0 && !reported.Outranks(new StripeStatus(Status, StatusAt, IsFinal(Status)))) return false;
        (Status, StatusAt, Pence, ArrivalDate) = (status, at, pence, arrivalDate);
        return true;
    }
}
