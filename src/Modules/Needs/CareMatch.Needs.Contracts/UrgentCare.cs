namespace CareMatch.Needs.Contracts;

/// <summary>What Needs means by urgent, public so the form and the request page say the same as the rule.</summary>
public static class UrgentCare
{
    /// <summary>Urgent care starts today, tomorrow or the day after: within this many days of today.</summary>
    public const int WithinDays = 2;

    /// <summary>The same window as a length of time, for the words ("48 hours").</summary>
    public static readonly TimeSpan Within = TimeSpan.FromDays(WithinDays);
}
