using CareMatch.Matching.Engine.Ranking;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// For one query, the parts of the week each shared availability pattern misses, worked out
/// the first time a carer with that pattern fails on availability. A few thousand patterns
/// serve a million carers, so counting what most such carers miss (for the summary's "most
/// often not free on…") costs one table read instead of a walk over the week's words.
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
    private PreparedRequest? _request;

    /// <summary>This thread's table, emptied for a query over patterns numbered below <paramref name="patternCount"/>.</summary>
    public static PatternVerdicts For(PreparedRequest request, int patternCount)
    {
        var verdicts = _forThread ??= new PatternVerdicts();
        verdicts.Begin(request, patternCount);
        return verdicts;
    }

    /// <summary>The parts of the week asked for that the pattern <paramref name="patternId"/> does not cover.</summary>
    public uint MissedParts(int patternId, ReadOnlySpan<ulong> pattern)
    {
        var entry = _entries[patternId];
        if ((uint)(entry >> 32) == _generation) return (uint)entry;
        var parts = AvailabilityFilter.WeeklyMissedParts(pattern, _request!);
        _entries[patternId] = ((ulong)_generation << 32) | parts;
        return parts;
    }

    private void Begin(PreparedRequest request, int patternCount)
    {
        _request = request;
        if (_entries.Length < patternCount) _entries = new ulong[Math.Max(patternCount, _entries.Length * 2)];
        if (++_generation != 0) return;

        // Wrapped after four billion queries: old entries could pass for new ones, so clear.
        Array.Clear(_entries);
        _generation = 1;
    }
}
