namespace CareMatch.Web.Infrastructure.Demo.History;

/// <summary>What happens to one past visit of the demo history.</summary>
public enum DemoVisitFate
{
    /// <summary>Given in full; the family approves it that afternoon.</summary>
    ApprovedBySeeker,

    /// <summary>Given in full; nobody approves it, so it approves itself 24 hours after check-out.</summary>
    ApprovedAutomatically,

    /// <summary>The family cancels the day before, inside the 48 hours' notice, so the cancellation fee is charged.</summary>
    CancelledLate,
}
