using CareMatch.Bookings.Contracts;
using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Persistence;
using CareMatch.Matching.Responsiveness;
using CareMatch.Matching.TrackRecords;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.Matching.CarerIndexing;

/// <summary>
/// This node's one in-memory <see cref="CarerIndex"/>. Built from Providers' bookable carers at
/// start (<see cref="WarmCarerIndexAtStart"/>), with their track records and reply times from
/// Matching's own tables (one read each for all carers), then kept current by Providers' and Bookings'
/// events on the node that handles them and, on every node, by polling the
/// <see cref="CarerChange"/> rows any node writes.
/// </summary>
/// <remarks>
/// The index may not be written while it is read, so queries hold a read lock (many at once)
/// and upserts a write lock. Loading from the database is async and happens outside those
/// locks, serialised by a semaphore: so an event that arrives mid-build waits for the build
/// and then re-reads its carer, and two refreshes of one carer cannot apply out of order.
/// Polling remembers which change rows it has applied within the overlap window, so each
/// change costs one re-read per node.
/// </remarks>
internal sealed class CarerIndexHolder(IClock clock, CarerIndexFreshness freshness, IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly ReaderWriterLockSlim _lock = new();
    private CarerIndex? _index;

    /// <summary>What the shortlist shows of each indexed carer; the index itself holds only what ranks them.</summary>
    private Dictionary<Guid, CarerCard> _cards = [];
    private long _builtAtUtcTicks;
    private long _polledAtUtcTicks;
    private DateTimeOffset _pollFrom;
    private HashSet<Guid> _appliedChanges = [];

    public bool IsBuilt => Volatile.Read(ref _index) is not null;

    /// <summary>Runs <paramref name="read"/> over a current index, building or catching it up first if needed.</summary>
    public async Task<T> ReadAsync<T>(IModuleSender sender, Func<CarerIndex, IReadOnlyDictionary<Guid, CarerCard>, T> read, CancellationToken cancellationToken)
    {
        if (NeedsBuilding()) await BuildAsync(sender, cancellationToken);
        else if (PollDue()) await CatchUpAsync(sender, cancellationToken);
        _lock.EnterReadLock();
        try
        {
            return read(_index!, _cards);
        }
        finally
        {
            _lock.ExitReadLock();
        }
    }

    /// <summary>
    /// Re-reads one carer and upserts them, or removes them when no longer bookable. Idempotent.
    /// Before the first build there is nothing to update: the build will read the carer anyway.
    /// </summary>
    public async Task RefreshCarerAsync(IModuleSender sender, Guid profileId, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_index is null) return;
            await RefreshLoadedAsync(sender, profileId, cancellationToken);
        }
        finally
        {
            _loading.Release();
        }
    }

    public void Dispose()
    {
        _loading.Dispose();
        _lock.Dispose();
    }

    private bool NeedsBuilding() =>
        Volatile.Read(ref _index) is null || clock.UtcNow.UtcTicks - Interlocked.Read(ref _builtAtUtcTicks) > freshness.RebuildAfter.Ticks;

    private bool PollDue() => clock.UtcNow.UtcTicks - Interlocked.Read(ref _polledAtUtcTicks) >= freshness.PollInterval.Ticks;

    private async Task BuildAsync(IModuleSender sender, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have built it while this one waited.
            if (!NeedsBuilding()) return;
            var builtAt = clock.UtcNow;
            var carers = await sender.Send(new ListBookableCarers(), cancellationToken);
            Dictionary<Guid, CarerTrackRecord> records;
            Dictionary<Guid, int> replyMinutes;
            using (var scope = scopes.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
                records = await db.TrackRecords.AsNoTracking().ToDictionaryAsync(r => r.CarerProfileId, cancellationToken);
                replyMinutes = await ReplyTimes.MediansAsync(db, builtAt, cancellationToken);
            }

            var booked = await sender.Send(new ListBookedTimes(), cancellationToken);
            var index = CarerIndex.Build(carers.Select(c => CarerSnapshots.Of(c, records.GetValueOrDefault(c.ProfileId), booked.GetValueOrDefault(c.ProfileId), MedianOf(replyMinutes, c.ProfileId))).ToList());
            var cards = carers.ToDictionary(c => c.ProfileId, c => CarerCard.Of(c, MedianOf(replyMinutes, c.ProfileId)));
            _lock.EnterWriteLock();
            try
            {
                _index = index;
                _cards = cards;
                Interlocked.Exchange(ref _builtAtUtcTicks, builtAt.UtcTicks);
            }
            finally
            {
                _lock.ExitWriteLock();
            }

            // Changes committed while the build read may be missing from it: the next poll re-reads them.
            (_pollFrom, _appliedChanges) = (builtAt, []);
            Interlocked.Exchange(ref _polledAtUtcTicks, builtAt.UtcTicks);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Applies the carer changes any node has written since the last poll.</summary>
    private async Task CatchUpAsync(IModuleSender sender, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (!PollDue()) return;
            var polledAt = clock.UtcNow;
            var since = _pollFrom - CarerIndexFreshness.Overlap;
            List<CarerChange> changes;
            using (var scope = scopes.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
                changes = await db.CarerChanges.AsNoTracking().Where(c => c.ChangedAt > since).ToListAsync(cancellationToken);
            }

            foreach (var carerId in changes.Where(c => !_appliedChanges.Contains(c.Id)).Select(c => c.CarerProfileId).Distinct())
            {
                await RefreshLoadedAsync(sender, carerId, cancellationToken);
            }

            (_pollFrom, _appliedChanges) = (polledAt, changes.Select(c => c.Id).ToHashSet());
            Interlocked.Exchange(ref _polledAtUtcTicks, polledAt.UtcTicks);
        }
        finally
        {
            _loading.Release();
        }
    }

    /// <summary>Caller holds <see cref="_loading"/> and the index exists.</summary>
    private async Task RefreshLoadedAsync(IModuleSender sender, Guid profileId, CancellationToken cancellationToken)
    {
        PublicCarerProfile? profile;
        try
        {
            profile = await sender.Send(new GetPublicCarerProfile(profileId), cancellationToken);
        }
        catch (NotFoundException)
        {
            profile = null;
        }

        var booked = profile is null ? new Dictionary<Guid, IReadOnlyList<BookedTime>>() : await sender.Send(new ListBookedTimes(profileId), cancellationToken);
        CarerTrackRecord? record;
        int? replyMinutes;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<MatchingDbContext>();
            record = await db.TrackRecords.AsNoTracking().SingleOrDefaultAsync(r => r.CarerProfileId == profileId, cancellationToken);
            replyMinutes = await ReplyTimes.MedianAsync(db, profileId, clock.UtcNow, cancellationToken);
        }

        _lock.EnterWriteLock();
        try
        {
            if (profile is null)
            {
                _index!.Remove(profileId);
                _cards.Remove(profileId);
            }
            else
            {
                _index!.Upsert(CarerSnapshots.Of(profile, record, booked.GetValueOrDefault(profileId), replyMinutes));
                _cards[profileId] = CarerCard.Of(profile, replyMinutes);
            }
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }

    private static int? MedianOf(Dictionary<Guid, int> replyMinutes, Guid profileId) =>
        replyMinutes.TryGetValue(profileId, out var minutes) ? minutes : null;
}
