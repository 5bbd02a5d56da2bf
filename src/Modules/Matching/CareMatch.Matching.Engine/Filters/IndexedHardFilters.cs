using System.Numerics;
using CareMatch.Matching.Engine.Index;
using CareMatch.Matching.Engine.Ranking;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// The hard filters but the travel radius for carers in the index, read straight from the
/// index's columns: the same rules, in the same order, as <see cref="HardFilters"/> (which
/// explains one carer), without building a view of the carer first. They must agree, and the
/// brute-force tests check that they do.
/// </summary>
internal sealed class IndexedHardFilters(PreparedRequest request, CarerIndex index)
{
    private readonly PatternVerdicts _patterns = PatternVerdicts.For(index.PatternIdLimit);
    private readonly RowRules _rules = new(request);

    /// <summary>
    /// The first filter after <paramref name="after"/> the carer in <paramref name="slot"/> fails,
    /// or None: the rules read from the row first, availability only if they all pass.
    /// </summary>
    public HardFilter First(int slot, HardFilter after = HardFilter.None)
    {
        var failures = RowFailures(slot) & ~((2U << (int)after) - 1);
        if (failures != 0) return (HardFilter)BitOperations.TrailingZeroCount(failures);
        return after < HardFilter.Availability && !Available(slot) ? HardFilter.Availability : HardFilter.None;
    }

    /// <summary>
    /// Every rule but availability that the carer in <paramref name="slot"/> breaks, as bit
    /// 1 &lt;&lt; <see cref="HardFilter"/> (see <see cref="RowRules"/>). The lowest bit is the first
    /// failure; a single bit means the carer fails that rule alone, unless availability fails too.
    /// </summary>
    public uint RowFailures(int slot) => WithBlocks(_rules.Failures(index.Row(slot)), slot);

    /// <summary>
    /// <see cref="RowFailures(int)"/> for many carers at once, asking for each row a few
    /// carers ahead of the one being checked: rows lie all over the index, and waiting for
    /// each in turn was most of a query.
    /// </summary>
    public void RowFailures(ReadOnlySpan<(int Slot, float ChordSquared)> carers, Span<uint> failures)
    {
        const int Ahead = 32;
        var rules = _rules;
        for (var i = 0; i < Math.Min(Ahead, carers.Length); i++) index.PrefetchRow(carers[i].Slot);
        for (var i = 0; i < carers.Length; i++)
        {
            if (i + Ahead < carers.Length) index.PrefetchRow(carers[i + Ahead].Slot);
            failures[i] = rules.Failures(index.Row(carers[i].Slot));
        }

        if (request.Blocked.Length == 0) return;
        for (var i = 0; i < carers.Length; i++) failures[i] = WithBlocks(failures[i], carers[i].Slot);
    }

    private uint WithBlocks(uint failures, int slot) =>
        request.Blocked.Length != 0 && request.IsBlocked(index.IdAt(slot)) ? failures | (1U << (int)HardFilter.BlockedBySeeker) : failures;

    /// <summary>Free for every slot asked for: the weekly pattern, then any time off or booked visits.</summary>
    public bool Available(int slot) =>
        WeeklyMissedParts(slot) == 0 && (index.ClashesAt(slot) is not { } clashes || !DatedClashes.AnyClash(clashes, request));

    /// <summary>The parts of the week asked for that the carer in <paramref name="slot"/> cannot do, weekly and dated.</summary>
    public uint MissedParts(int slot)
    {
        var parts = WeeklyMissedParts(slot);

        // Dated clashes only ever take parts that are asked for: when the weekly pattern
        // already misses all of them, the carer's clashes cannot add one, so skip reading them.
        if (parts != request.NeededParts && index.ClashesAt(slot) is { } clashes) parts |= DatedClashes.MissedParts(clashes, request);
        return parts;
    }

    /// <summary>
    /// The parts of the week asked for that the carer's weekly pattern misses: from the whole
    /// hours kept beside the row when they are exact (most carers), otherwise from the per-query
    /// table of shared patterns (<see cref="PatternVerdicts"/>).
    /// </summary>
    private uint WeeklyMissedParts(int slot)
    {
        ref readonly var row = ref index.Row(slot);
        return row.HoursAreExact ? row.MissedParts(request.NeededHours) : _patterns.MissedParts(row.PatternId, index, request);
    }
}
