namespace CareMatch.Matching.Engine.Scores;

/// <summary>
/// How rarely the carer cancels visits they accepted. The rate is smoothed with a prior of one
/// cancellation in twenty bookings, so two early cancellations do not sink a new carer and a
/// long clean record counts; a rate of one in four or worse scores 0.
/// </summary>
internal static class ReliabilityScore
{
    private const double PriorCancellations = 1;
    private const double PriorBookings = 20;
    private const double RateScoringZero = 0.25;

    public static double CancellationRate(int completedVisits, int cancellations) =>
        (cancellations + PriorCancellations) / (completedVisits + cancellations + PriorBookings);

    public static double Value(int completedVisits, int cancellations) =>
        Math.Clamp(1 - (CancellationRate(completedVisits, cancellations) / RateScoringZero), 0, 1);

    public static string Explain(int completedVisits, int cancellations) => cancellations == 0
        ? $"No cancellations in {completedVisits} {(completedVisits == 1 ? "visit" : "visits")}"
        : $"Cancelled {cancellations} of {completedVisits + cancellations} visits";
}
