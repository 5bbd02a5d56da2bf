using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Ranking;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// For one query, the parts of the week each shared availability pattern misses, worked out
/// the first time a carer with that pattern is checked. A few thousand patterns serve a
/// million carers, so both the weekly verdict (none missed) and counting what most failing
/// carers miss (for the summary's "most often not free on…") cost one table read instead of a
/// walk over the week's words.
/// </summary>
/// <remarks>
/// The table is kept per thread and reused: each query takes a new generation number, and an
/// entry only counts when it carries the current one, so starting a query clears nothing.
/// Queries run one at a time on a thread, so no two share a generation.
/// </remarks>
internal sealed class PatternVerdicts
{
    [ThreadStatic]
    private static PatternVerdicts? _forThread;

    /// <summary>Generation in the high half, missed parts in the low half.</summary>
    private ulong[] _entries = [];
    private uint _generation;

    /// <summary>This thread's table, emptied for a query over patterns numbered below <paramref name="patternCount"/>.</summary>
    public static PatternVerdicts For(int patternCount)
    {
        var verdicts = _forThread ??= new PatternVerdicts();
        verdicts.Begin(patternCount);
        return verdicts;
    }

    /// <summary>The parts of the week asked for that the pattern <paramref name="patternId"/> does not cover.</summary>
    public uint MissedParts(int patternId, CarerIndex index, PreparedRequest request)
    {
        var entry = _entries[patternId];
        return (uint)(entry >> 32) == _generation ? (uint)entry : Work(patternId, index, request);
    }

    /// <summary>The first carer with this pattern in this query: reads the pattern's words once.</summary>
    private uint Work(int patternId, CarerIndex index, PreparedRequest request)
    {
        var parts = AvailabilityFilter.WeeklyMissedParts(index.PatternWords(patternId), request);
        _entries[patternId] = ((ulong)_generation << 32) | parts;
        return parts;
    }

    private void Begin(int patternCount)
    {
        if (_entries.Length < patternCount) _entries = new ulong[Math.Max(patternCount, _entries.Length * 2)];
        if (++_generation != 0) return;

        // Wrapped after four billion queries: old entries could pass for new ones, so clear.
        Array.Clear(_entries);
        _generation = 1;
    }
}
