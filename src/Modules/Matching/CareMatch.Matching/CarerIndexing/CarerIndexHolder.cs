using CareMatch.Matching.Engine.Index;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.Authorization;
using CareMatch.SharedKernel.Time;
using Mediator;

namespace CareMatch.Matching.CarerIndexing;

/// <summary>
/// This node's one in-memory <see cref="CarerIndex"/>. Built from Providers' bookable carers on
/// first use, then kept current by Providers' events (<see cref="RefreshCarerAsync"/>).
/// </summary>
/// <remarks>
/// The index may not be written while it is read, so queries hold a read lock (many at once)
/// and upserts a write lock. Loading from the database is async and happens outside those
/// locks, serialised by a semaphore: so an event that arrives mid-build waits for the build
/// and then re-reads its carer, and two events for one carer cannot apply out of order.
/// Each node receives only the events its own job server publishes, so the index is also
/// rebuilt when older than <see cref="MaxAge"/>: that bounds how stale another node's change
/// can be until change-version polling replaces it.
/// </remarks>
internal sealed class CarerIndexHolder(IClock clock) : IDisposable
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromMinutes(5);

    private readonly SemaphoreSlim _loading = new(1, 1);
    private readonly ReaderWriterLockSlim _lock = new();
    private CarerIndex? _index;

    /// <summary>What the shortlist shows of each indexed carer; the index itself holds only what ranks them.</summary>
    private Dictionary<Guid, CarerCard> _cards = [];
    private long _builtAtUtcTicks;

    /// <summary>Runs <paramref name="read"/> over a current index, building it first if needed.</summary>
    public async Task<T> ReadAsync<T>(ISender sender, Func<CarerIndex, IReadOnlyDictionary<Guid, CarerCard>, T> read, CancellationToken cancellationToken)
    {
        if (NeedsBuilding()) await BuildAsync(sender, cancellationToken);
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
    public async Task RefreshCarerAsync(ISender sender, Guid profileId, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            if (_index is null) return;
            PublicCarerProfile? profile;
            try
            {
                profile = await sender.Send(new GetPublicCarerProfile(profileId), cancellationToken);
            }
            catch (NotFoundException)
            {
                profile = null;
            }

            Write(index =>
            {
                if (profile is null)
                {
                    index.Remove(profileId);
                    _cards.Remove(profileId);
                }
                else
                {
                    index.Upsert(CarerSnapshots.Of(profile));
                    _cards[profileId] = CarerCard.Of(profile);
                }
            });
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
        Volatile.Read(ref _index) is null || clock.UtcNow.UtcTicks - Interlocked.Read(ref _builtAtUtcTicks) > MaxAge.Ticks;

    private async Task BuildAsync(ISender sender, CancellationToken cancellationToken)
    {
        await _loading.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have built it while this one waited.
            if (!NeedsBuilding()) return;
            var builtAt = clock.UtcNow.UtcTicks;
            var carers = await sender.Send(new ListBookableCarers(), cancellationToken);
            var index = CarerIndex.Build(carers.Select(CarerSnapshots.Of).ToList());
            var cards = carers.ToDictionary(c => c.ProfileId, CarerCard.Of);
            _lock.EnterWriteLock();
            try
            {
                _index = index;
                _cards = cards;
                Interlocked.Exchange(ref _builtAtUtcTicks, builtAt);
            }
            finally
            {
                _lock.ExitWriteLock();
            }
        }
        finally
        {
            _loading.Release();
        }
    }

    private void Write(Action<CarerIndex> change)
    {
        _lock.EnterWriteLock();
        try
        {
            change(_index!);
        }
        finally
        {
            _lock.ExitWriteLock();
        }
    }
}
