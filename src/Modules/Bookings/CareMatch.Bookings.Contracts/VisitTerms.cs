namespace CareMatch.Bookings.Contracts;

/// <summary>What Bookings decides about visits, public so the pages that explain them say the same.</summary>
public static class VisitTerms
{
    /// <summary>A family cancelling with less notice than this is marked late (Payments may charge for it).</summary>
    public static readonly TimeSpan LateCancellationNotice = TimeSpan.FromHours(48);

    /// <summary>A completed visit the family has not approved approves itself this long after the carer checks out.</summary>
    public static readonly TimeSpan AutoApproveAfter = TimeSpan.FromHours(24);
}
