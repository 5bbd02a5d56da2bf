namespace CareMatch.Payments.Visits;

/// <summary>When Payments acts on a visit, public inside the module so the pages and the task say the same.</summary>
internal static class VisitMoneyTerms
{
    /// <summary>How far ahead the planned amount is held on the card: inside Stripe's seven-day hold, after most cancellations.</summary>
    public static readonly TimeSpan HoldAhead = TimeSpan.FromHours(48);

    /// <summary>A hold the card or the bank refused is tried again this often (and at once when a new card is saved).</summary>
    public static readonly TimeSpan RetryAfterProblem = TimeSpan.FromHours(1);

    /// <summary>A call Stripe did not answer is repeated, with the same key, this soon.</summary>
    public static readonly TimeSpan RetryAfterFault = TimeSpan.FromMinutes(5);

    /// <summary>A held visit nobody checked into is looked at again this long after its end (Bookings marks it missed).</summary>
    public static readonly TimeSpan LookAgainAfterEnd = TimeSpan.FromHours(3);
}
