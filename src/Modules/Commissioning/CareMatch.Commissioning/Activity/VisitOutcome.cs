namespace CareMatch.Commissioning.Activity;

/// <summary>What became of a visit, as Bookings told it.</summary>
internal enum VisitOutcome
{
    Given = 1,
    Missed,
    CancelledByCarer,
    CancelledBySeeker,
}
