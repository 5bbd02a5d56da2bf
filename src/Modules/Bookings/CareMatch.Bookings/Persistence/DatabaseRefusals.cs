using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Persistence;

/// <summary>
/// Recognises the database refusing what only the database can decide under a race: a second
/// booking of one request (the unique index), or a carer's overlapping visits (the exclusion
/// constraint or trigger). Matched on names Bookings chose, so no provider package is needed.
/// </summary>
internal static class DatabaseRefusals
{
    /// <summary>Raised by the SQLite and SQL Server triggers; the PostgreSQL constraint carries the name below.</summary>
    public const string OverlapMessage = "CAREMATCH_VISIT_OVERLAP";

    public const string OverlapConstraint = "EX_Visits_CarerOverlap";

    public static bool IsRequestAlreadyBooked(this DbUpdateException exception) =>
        Mentions(exception, BookingsDbContext.OneBookingPerRequest) || Mentions(exception, "Bookings.RequestId");

    public static bool IsOverlappingVisit(this DbUpdateException exception) =>
        Mentions(exception, OverlapMessage) || Mentions(exception, OverlapConstraint);

    private static bool Mentions(Exception exception, string text)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e.Message.Contains(text, StringComparison.Ordinal)) return true;
            if (e.Data.Contains("ConstraintName") && Equals(e.Data["ConstraintName"], text)) return true;
        }

        return false;
    }
}
