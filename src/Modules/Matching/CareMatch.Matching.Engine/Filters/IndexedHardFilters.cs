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

    /// <summary>
    /// The first filter after <paramref name="after"/> the carer in <paramref name="slot"/> fails,
    /// or None; stops at the first failure, so most carers never reach availability.
    /// </summary>
    public HardFilter First(int slot, HardFilter after = HardFilter.None)
    {
        ref readonly var row = ref index.Row(slot);
        if (after < HardFilter.Credentials && row.CredentialsValidThroughDay < request.FirstDay) return HardFilter.Credentials;
        if (after < HardFilter.BlockedBySeeker && request.Blocked.Length != 0 && request.IsBlocked(index.IdAt(slot))) return HardFilter.BlockedBySeeker;
        if (after < HardFilter.RequiredCare
            && ((row.CareTypes & request.RequiredCareTypes) != request.RequiredCareTypes || (row.Skills & request.RequiredSkills) != request.RequiredSkills))
        {
            return HardFilter.RequiredCare;
        }

        if (after < HardFilter.Gender && request.RequiredGender != 0 && row.Gender != request.RequiredGender) return HardFilter.Gender;
        if (after < HardFilter.Language && (row.Languages & request.RequiredLanguages) != request.RequiredLanguages) return HardFilter.Language;
        if (after < HardFilter.Driver && request.NeedsDriver && !row.Drives) return HardFilter.Driver;
        if (after < HardFilter.Budget && row.HourlyRatePence > request.MaxHourlyRatePence) return HardFilter.Budget;
        if (after < HardFilter.Availability && !Available(slot, row.PatternId)) return HardFilter.Availability;
        return HardFilter.None;
    }

    /// <summary>The parts of the week asked for that the carer in <paramref name="slot"/> cannot do, weekly and dated.</summary>
    public uint MissedParts(int slot)
    {
        var parts = WeeklyMissedParts(index.Row(slot).PatternId);

        // Dated clashes only ever take parts that are asked for: when the weekly pattern
        // already misses all of them, the carer's clashes cannot add one, so skip reading them.
        if (parts != request.NeededParts && index.ClashesAt(slot) is { } clashes) parts |= DatedClashes.MissedParts(clashes, request);
        return parts;
    }

    /// <summary>
    /// The weekly verdict comes from the per-query table: a few thousand patterns serve every
    /// carer, so most carers cost one table read instead of reading their pattern's words.
    /// </summary>
    private bool Available(int slot, int patternId) =>
        WeeklyMissedParts(patternId) == 0 && (index.ClashesAt(slot) is not { } clashes || !DatedClashes.AnyClash(clashes, request));

    /// <summary>
    /// Whether the carer in <paramref name="slot"/> misses exactly the parts their weekly pattern
    /// does: true without dated clashes, or when the pattern already misses every part asked for.
    /// </summary>
    public bool MissesOnlyWeekly(int slot, out int patternId)
    {
        patternId = index.Row(slot).PatternId;
        return index.ClashesAt(slot) is null || WeeklyMissedParts(patternId) == request.NeededParts;
    }

    /// <summary>The parts of the week asked for that the weekly pattern <paramref name="patternId"/> misses.</summary>
    public uint WeeklyMissedParts(int patternId) => _patterns.MissedParts(patternId, index, request);
}
