namespace CareMatch.Payments.Webhooks;

/// <summary>
/// Which of two reports of an object's status stands, whatever order they arrive in: a final
/// status beats one still changing, then the newer event wins, and a tie in the same second is
/// broken by the status's name so that every order of delivery settles on the same one.
/// </summary>
internal readonly record struct StripeStatus(string Status, DateTimeOffset At, bool IsFinal)
{
    public bool Outranks(StripeStatus other) =>
        (IsFinal, At, Status).CompareTo((other.IsFinal, other.At, other.Status)) > 0;
}
