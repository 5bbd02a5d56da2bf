using CareMatch.Commissioning.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>A carer's fact, made the first time any of their events arrives (whichever comes first).</summary>
internal static class CarerFacts
{
    public static async Task<CarerFact> OfAsync(CommissioningDbContext db, Guid carerProfileId, CancellationToken cancellationToken)
    {
        if (await db.CarerFacts.SingleOrDefaultAsync(c => c.CarerProfileId == carerProfileId, cancellationToken) is { } known) return known;
        var fact = CarerFact.For(carerProfileId);
        db.CarerFacts.Add(fact);
        return fact;
    }
}
