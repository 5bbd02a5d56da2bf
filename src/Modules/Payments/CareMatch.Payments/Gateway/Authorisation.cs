namespace CareMatch.Payments.Gateway;

/// <summary>
/// How a hold went. A decline or a bank asking for the seeker to be present is an answer, not a
/// fault: the seeker is told how to fix it and the hold is tried again. Faults (Stripe down) throw.
/// </summary>
internal sealed record Authorisation(AuthorisationResult Result, string? HoldId, string? DeclineCode)
{
    public static Authorisation Held(string holdId) => new(AuthorisationResult.Held, holdId, null);
}
