using CareMatch.Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>Keeping a visit's fact: the first word about a visit stands (a visit is given, missed or cancelled once).</summary>
internal static class VisitFacts
{
    /// <summary>The request a booking serves, or null when its booking came before Commissioning kept facts.</summary>
    public static Task<Guid?> RequestOfAsync(CommissioningDbContext db, Guid bookingId, CancellationToken cancellationToken) =>
        db.BookingFacts.Where(b => b.BookingId == bookingId).Select(b => (Guid?)b.RequestId).SingleOrDefaultAsync(cancellationToken);

    public static async Task KeepAsync(CommissioningDbContext db, VisitFact fact, CancellationToken cancellationToken)
    {
        if (!await db.VisitFacts.AnyAsync(v => v.VisitId == fact.VisitId, cancellationToken)) db.VisitFacts.Add(fact);
    }
}
