namespace CareMatch.Payments.Refunding;

internal static class RefundRules
{
    public const int MaxReasonLength = 500;
}
