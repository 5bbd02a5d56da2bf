using CareMatch.Bookings.Contracts;
using CareMatch.Bookings.Persistence;
using CareMatch.Matching.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Outbox;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Bookings.Cover;

/// <summary>
/// Sends the next wave of a cover search: the next <see cref="CoverSettings.CarersPerWave"/>
/// carers the engine ranks for the visit, never the carer who cancelled nor anyone already
/// asked. The person's previous carers (from this seeker's completed visits) get the continuity
/// score, so they are asked first. A wave that finds nobody still moves the next one on: carers
/// may join or free up before the visit.
/// </summary>
internal sealed class CoverCascade(IModuleSender sender, BookingsDbContext db, CoverSettings settings)
{
    public async Task<int> SendWaveAsync(CoverRequest cover, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var asked = await db.CoverOffers.Where(o => o.CoverRequestId == cover.Id).Select(o => o.CarerProfileId).ToListAsync(cancellationToken);
        asked.AddRange(db.CoverOffers.Local.Where(o => o.CoverRequestId == cover.Id).Select(o => o.CarerProfileId));
        var exclude = asked.Append(cover.CancelledCarerProfileId).ToHashSet();
        var candidates = await sender.Send(new RankCoverCarers(cover.RequestId, cover.StartsAt, cover.EndsAt, await PreviousCarersAsync(cover, cancellationToken), exclude, CoverSettings.CarersPerWave), cancellationToken);
        var wave = cover.Waves + 1;
        foreach (var candidate in candidates)
        {
            var offer = new CoverOffer(cover.Id, candidate.CarerProfileId, candidate.DisplayName, wave, now);
            db.CoverOffers.Add(offer);
            db.AddIntegrationEvent(new CoverRequested(offer.Id, cover.VisitId, offer.CarerProfileId, cover.Sector, cover.StartsAt, cover.EndsAt) { OccurredAt = now });
        }

        cover.WaveSent(now + settings.WaveInterval);
        return candidates.Count;
    }

    /// <summary>Carers who completed visits for this seeker, with how many: the nearest thing to "has cared for this person".</summary>
    private async Task<IReadOnlyDictionary<Guid, int>> PreviousCarersAsync(CoverRequest cover, CancellationToken cancellationToken)
    {
        var bookingIds = db.Bookings.Where(b => b.SeekerUserId == cover.SeekerUserId).Select(b => b.Id);
        return await db.Visits.Where(v => bookingIds.Contains(v.BookingId) && v.Status == VisitStatus.Completed && v.CarerProfileId != cover.CancelledCarerProfileId)
            .GroupBy(v => v.CarerProfileId)
            .Select(g => new { CarerProfileId = g.Key, Visits = g.Count() })
            .ToDictionaryAsync(g => g.CarerProfileId, g => g.Visits, cancellationToken);
    }
}
