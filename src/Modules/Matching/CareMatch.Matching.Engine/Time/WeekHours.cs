using System.Numerics;

namespace CareMatch.Matching.Engine.Time;

/// <summary>
/// A week as 168 hours in three 64-bit words: the coarse twin of <see cref="WeekSlots"/>. Most
/// carers offer whole hours, and for them "free for every quarter hour asked for" is the same
/// question as "free for every hour that has a quarter asked for": three AND-NOTs on words kept
/// beside the carer's row, instead of a trip to the shared pattern table for each carer.
/// </summary>
/// <remarks>
/// A carer's hours are exact only if every hour of their pattern is wholly free or wholly not;
/// the top bit of the last word says so (hours use only 40 of its 64 bits). When it is clear,
/// callers must ask the quarter-hour pattern instead.
/// </remarks>
internal static class WeekHours
{
    public const int WordCount = 3;

    /// <summary>Set in the last word when the hours say exactly what the quarter hours do.</summary>
    public const ulong Exact = 1UL << 63;

    private const int HoursPerPart = PartOfWeek.SlotsPerPart / SlotsPerHour;
    private const int SlotsPerHour = 60 / WeekSlots.MinutesPerSlot;
    private const int HoursPerSlotWord = 64 / SlotsPerHour;

    /// <summary>The hours a carer's pattern leaves wholly free, marked <see cref="Exact"/> when no hour is partly free.</summary>
    public static void Free(ReadOnlySpan<ulong> slots, Span<ulong> hours)
    {
        hours.Clear();
        var exact = true;
        for (var word = 0; word < slots.Length; word++)
        {
            var all = EveryQuarter(slots[word]);
            exact &= all == AnyQuarter(slots[word]);
            Place(all, word, hours);
        }

        if (exact) hours[WordCount - 1] |= Exact;
    }

    /// <summary>The hours with at least one quarter hour asked for.</summary>
    public static void Needed(ReadOnlySpan<ulong> slots, Span<ulong> hours)
    {
        hours.Clear();
        for (var word = 0; word < slots.Length; word++) Place(AnyQuarter(slots[word]), word, hours);
    }

    /// <summary>
    /// The parts of the week (six hours each, so the same parts as <see cref="PartOfWeek"/>)
    /// holding a needed hour that <paramref name="free"/> lacks; 0 when every needed hour is free.
    /// </summary>
    public static uint MissedParts(ulong[] needed, ulong free0, ulong free1, ulong free2)
    {
        var missing0 = needed[0] & ~free0;
        var missing1 = needed[1] & ~free1;
        var missing2 = needed[2] & ~free2;
        if ((missing0 | missing1 | missing2) == 0) return 0;
        return PartsOf(missing0, 0) | PartsOf(missing1, 64) | PartsOf(missing2, 128);
    }

    private static uint PartsOf(ulong hours, int firstHour)
    {
        var parts = 0U;
        while (hours != 0)
        {
            parts |= 1U << ((firstHour + BitOperations.TrailingZeroCount(hours)) / HoursPerPart);
            hours &= hours - 1;
        }

        return parts;
    }

    /// <summary>
    /// A word of quarter hours holds sixteen whole hours, four bits each: these fold each hour's
    /// four bits into its lowest (any set, or all set) and gather those sixteen bits together.
    /// </summary>
    private static ulong AnyQuarter(ulong quarters)
    {
        quarters |= quarters >> 1;
        return Gather(quarters | (quarters >> 2));
    }

    private static ulong EveryQuarter(ulong quarters)
    {
        quarters &= quarters >> 1;
        return Gather(quarters & (quarters >> 2));
    }

    /// <summary>Bit 4k of <paramref name="bits"/> to bit k, for k below 16.</summary>
    private static ulong Gather(ulong bits)
    {
        bits &= 0x1111_1111_1111_1111;
        bits = (bits | (bits >> 3)) & 0x0303_0303_0303_0303;
        bits = (bits | (bits >> 6)) & 0x000F_000F_000F_000F;
        bits = (bits | (bits >> 12)) & 0x0000_00FF_0000_00FF;
        return (bits | (bits >> 24)) & 0xFFFF;
    }

    /// <summary>Puts the sixteen hours of quarter-hour word <paramref name="word"/> in their place: they never straddle two hour words.</summary>
    private static void Place(ulong sixteenHours, int word, Span<ulong> hours)
    {
        var firstHour = word * HoursPerSlotWord;
        hours[firstHour >> 6] |= sixteenHours << (firstHour & 63);
    }
}
