using System.Numerics;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// The carer must be free for every quarter hour asked for: in their weekly pattern, and with
/// no time off or booked visit on an actual visit inside the schedule's commitment window
/// (see <see cref="VisitSchedule"/>). Weekly care is a few AND-NOTs over the request's words;
/// dated clashes are projected onto the week first, only for carers who have any.
/// </summary>
internal static class AvailabilityFilter
{
    private const int MasksPerWord = 4;

    /// <summary>For each word, the bits of its first, second, third and fourth part of the week (0 past its end).</summary>
    private static readonly ulong[] PartMasks = BuildPartMasks();

    public static bool Passes(in CarerView carer, PreparedRequest request)
    {
        var pattern = carer.Availability;
        var needed = request.Needed;
        foreach (var word in request.NeededWords)
        {
            if ((needed[word] & ~pattern[word]) != 0) return false;
        }

        if (carer.Clashes is null) return true;
        Span<ulong> clashing = stackalloc ulong[WeekSlots.WordCount];
        if (!ProjectClashes(carer.Clashes, request, clashing)) return true;
        foreach (var word in request.NeededWords)
        {
            if ((needed[word] & clashing[word]) != 0) return false;
        }

        return true;
    }

    /// <summary>The slots asked for that the carer cannot do, into <paramref name="missing"/>.</summary>
    public static void Missing(in CarerView carer, PreparedRequest request, Span<ulong> missing)
    {
        Span<ulong> clashing = stackalloc ulong[WeekSlots.WordCount];
        if (carer.Clashes is not null) ProjectClashes(carer.Clashes, request, clashing);
        for (var word = 0; word < WeekSlots.WordCount; word++)
        {
            missing[word] = request.Needed[word] & (~carer.Availability[word] | clashing[word]);
        }
    }

    /// <summary>Which of the 28 parts of the week (bit i = <see cref="PartOfWeek.FromIndex"/>(i)) have a missing slot.</summary>
    public static uint MissedParts(ReadOnlySpan<ulong> missing)
    {
        var parts = 0U;
        for (var word = 0; word < missing.Length; word++) parts |= MissedParts(word, missing[word]);
        return parts;
    }

    /// <summary>
    /// The parts of the week missed by one word of missing slots. Parts of a union are the union
    /// of parts, so callers may add up words, or the weekly and dated causes, in any order.
    /// </summary>
    /// <remarks>
    /// A word's 64 slots touch at most four 24-slot parts, so it is four masks tested without
    /// a loop: this runs for every availability pattern a query meets, a few hundred times each.
    /// </remarks>
    public static uint MissedParts(int word, ulong bits)
    {
        var masks = PartMasks.AsSpan(word * MasksPerWord, MasksPerWord);
        var first = word * 64 / PartOfWeek.SlotsPerPart;
        var parts = ((bits & masks[0]) != 0 ? 1U : 0) | ((bits & masks[1]) != 0 ? 2U : 0) | ((bits & masks[2]) != 0 ? 4U : 0) | ((bits & masks[3]) != 0 ? 8U : 0);
        return parts << first;
    }

    private static ulong[] BuildPartMasks()
    {
        var masks = new ulong[WeekSlots.WordCount * MasksPerWord];
        for (var word = 0; word < WeekSlots.WordCount; word++)
        {
            var first = word * 64 / PartOfWeek.SlotsPerPart;
            for (var bit = 0; bit < 64; bit++)
            {
                var part = ((word * 64) + bit) / PartOfWeek.SlotsPerPart;
                masks[(word * MasksPerWord) + part - first] |= 1UL << bit;
            }
        }

        return masks;
    }

    /// <summary>
    /// The parts of the week asked for that a weekly pattern alone cannot do; 0 when it covers
    /// every slot needed. Only the request's words are read.
    /// </summary>
    public static uint WeeklyMissedParts(ReadOnlySpan<ulong> pattern, PreparedRequest request)
    {
        var needed = request.Needed;
        var parts = 0U;
        foreach (var word in request.NeededWords) parts |= MissedParts(word, needed[word] & ~pattern[word]);
        return parts;
    }

    public static string Explain(in CarerView carer, PreparedRequest request)
    {
        Span<ulong> missing = stackalloc ulong[WeekSlots.WordCount];
        Missing(carer, request, missing);
        var parts = MissedParts(missing);
        if (parts == 0) return "Free at every time needed";
        var first = PartOfWeek.FromIndex(BitOperations.TrailingZeroCount(parts)).Describe();
        var others = BitOperations.PopCount(parts) - 1;
        return others == 0 ? $"Not free on {first}" : $"Not free on {first} and {Plural.Of(others, "other time", "other times")}";
    }

    public static string Summarise(int count, PartOfWeek? mostMissed, bool everyoneMissedIt) => mostMissed switch
    {
        null => $"{count} not free at the times needed",
        { } part when everyoneMissedIt => $"{count} not free on {part.Describe(plural: true)}",
        { } part => $"{count} not free at the times needed (most often {part.Describe(plural: true)})",
    };

    /// <summary>Marks the slots of clashes that fall inside the commitment window; false if none do.</summary>
    private static bool ProjectClashes(int[] clashes, PreparedRequest request, Span<ulong> clashing)
    {
        var any = false;
        for (var i = 0; i < clashes.Length; i += 2)
        {
            if (clashes[i] >= request.WindowEnd) break;
            var start = Math.Max(clashes[i], request.WindowStart);
            var end = Math.Min(clashes[i + 1], request.WindowEnd);
            if (end <= start) continue;
            WeekSlots.MarkMinutes(clashing, start, end, roundOutwards: true);
            any = true;
        }

        return any;
    }
}
