namespace CareMatch.Web.Infrastructure.Demo.History;

/// <summary>
/// The same fate for the same visit on every run: the card payer's visits show every way a visit's
/// money can end (most approved, one in six approving itself, one in six cancelled late); the
/// council-funded seeker's are all given and approved, so the budget is drawn on every week.
/// </summary>
public static class DemoVisitFates
{
    /// <param name="funded">Whether a personal budget pays.</param>
    /// <param name="index">The visit's place in its booking, from 0.</param>
    public static DemoVisitFate For(bool funded, int index) => funded ? DemoVisitFate.ApprovedBySeeker : (index % 6) switch
    {
        1 => DemoVisitFate.CancelledLate,
        2 => DemoVisitFate.ApprovedAutomatically,
        _ => DemoVisitFate.ApprovedBySeeker,
    };
}
