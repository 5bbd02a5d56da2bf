using CareMatch.Matching.Engine.Index;

namespace CareMatch.Matching.Engine.Ranking;

/// <summary>
/// The lists a query fills as it scans (near misses, carers who failed a rule), kept per thread
/// and emptied for each query instead of grown from nothing: in a busy area they hold a few
/// thousand entries, and regrowing them was most of what a query allocated.
/// </summary>
/// <remarks>
/// A query runs start to finish on one thread and nothing it calls starts another, so one set
/// per thread is never shared. A query's lists are only read before <see cref="CarerMatcher.Rank"/> returns.
/// </remarks>
internal sealed class RunScratch
{
    [ThreadStatic]
    private static RunScratch? _forThread;

    public List<int> NearMisses { get; } = [];

    public List<(int Slot, float ChordSquared)> InReach { get; } = [];

    /// <summary>The grid cells a query will read, with the least squared distance to each.</summary>
    public List<(CellRange Cell, float Bound)> CellsToVisit { get; } = [];

    public List<(int Slot, byte Filter)> Failed { get; } = [];

    private uint[] _rowFailures = [];

    /// <summary>Room for the rules each of <paramref name="count"/> carers breaks.</summary>
    public Span<uint> RowFailures(int count)
    {
        if (_rowFailures.Length < count) _rowFailures = new uint[Math.Max(count, _rowFailures.Length * 2)];
        return _rowFailures.AsSpan(0, count);
    }

    /// <summary>This thread's lists, emptied.</summary>
    public static RunScratch Take()
    {
        var scratch = _forThread ??= new RunScratch();
        scratch.NearMisses.Clear();
        scratch.Failed.Clear();
        scratch.InReach.Clear();
        scratch.CellsToVisit.Clear();
        return scratch;
    }
}
