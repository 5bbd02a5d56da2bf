namespace CareMatch.Payments.Visits;

internal enum NextPaymentStep
{
    None,
    Hold,
    Capture,
    Transfer,
    Release,

    /// <summary>Nothing was held, so nothing to give back: the payment is simply closed.</summary>
    Close,
}
