using CareMatch.Commissioning.Contracts;
using CareMatch.Commissioning.Persistence;
using CareMatch.SharedKernel.Time;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Activity;

/// <summary>Writes the generated facts in batches, forgetting each once saved, so fifty thousand fit in little memory.</summary>
internal sealed class GenerateCommissioningHistoryHandler(CommissioningDbContext db, IClock clock) : ICommandHandler<GenerateCommissioningHistory, GeneratedHistory>
{
    private const int Batch = 2000;

    public async ValueTask<GeneratedHistory> Handle(GenerateCommissioningHistory command, CancellationToken cancellationToken)
    {
        var first = GeneratedActivity.RequestId(command.Seed, 0);
        if (await db.RequestFacts.AnyAsync(f => f.RequestId == first, cancellationToken)) return new GeneratedHistory(0, 0);

        var now = clock.UtcNow;
        var (requests, visits) = (0, 0);
        var random = new Random(command.Seed);
        foreach (var chunk in GeneratedActivity.Requests(command.Seed, command.Districts, now.AddDays(-7 * command.Weeks), now, command.RequestsPerDistrictPerWeek).Chunk(Batch))
        {
            db.RequestFacts.AddRange(chunk);
            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            requests += chunk.Length;
            foreach (var visitChunk in chunk.SelectMany(r => GeneratedVisits.For(random, r, now, command.VisitsPerPersonPerWeek)).Chunk(Batch * 5))
            {
                db.VisitFacts.AddRange(visitChunk);
                await db.SaveChangesAsync(cancellationToken);
                db.ChangeTracker.Clear();
                visits += visitChunk.Length;
            }
        }
        // The district's carers are the same for every seed, so they are made once.
        var carers = GeneratedCarers.For(command.Seed, command.Districts, now.AddDays(-7 * command.Weeks), now).ToList();
        var ids = carers.Select(c => c.CarerProfileId).ToList();
        var known = await db.CarerFacts.Where(c => ids.Contains(c.CarerProfileId)).Select(c => c.CarerProfileId).ToListAsync(cancellationToken);
        db.CarerFacts.AddRange(carers.Where(c => !known.Contains(c.CarerProfileId)));
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return new GeneratedHistory(requests, visits);
    }
}
