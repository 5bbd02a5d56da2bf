using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Filters;

/// <summary>
/// Time off and booked visits against a request, for carers in the index: each clash inside
/// the commitment window is turned into its run of week slots and compared with only the
/// words of the request it falls in, with the same rounding as <see cref="AvailabilityFilter"/>
/// projecting clashes onto a whole week, and so the same answers.
/// </summary>
internal static class DatedClashes
{
    /// <summary>
    /// Whether any time off or booked visit inside the commitment window takes a slot asked
    /// for: the same answer as projecting the clashes onto the week and comparing words
    /// (<see cref="AvailabilityFilter.Passes"/>), but each clash only reads the words its own slots fall in.
    /// </summary>
    public static bool AnyClash(int[] clashes, PreparedRequest request)
    {
        for (var i = 0; i < clashes.Length; i += 2)
        {
            if (clashes[i] >= request.WindowEnd) break;
            var start = Math.Max(clashes[i], request.WindowStart);
            var end = Math.Min(clashes[i + 1], request.WindowEnd);
            if (end <= start) continue;
            var (slot, count) = ClashSlots(start, end);
            if (count >= WeekSlots.SlotsPerWeek)
            {
                if (request.NeededWords.Length != 0) return true;
                continue;
            }

            var past = slot + count;
            if (past <= WeekSlots.SlotsPerWeek
                ? AnyNeeded(request.Needed, slot, past)
                : AnyNeeded(request.Needed, slot, WeekSlots.SlotsPerWeek) || AnyNeeded(request.Needed, 0, past - WeekSlots.SlotsPerWeek))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The parts of the week asked for that time off or booked visits inside the commitment
    /// window take away; 0 when none clash. Weekly and dated parts together are what
    /// <see cref="AvailabilityFilter.Missing"/> reports, so a carer passes exactly when both are 0.
    /// </summary>
    public static uint MissedParts(int[] clashes, PreparedRequest request)
    {
        var parts = 0U;
        for (var i = 0; i < clashes.Length; i += 2)
        {
            if (clashes[i] >= request.WindowEnd) break;
            var start = Math.Max(clashes[i], request.WindowStart);
            var end = Math.Min(clashes[i + 1], request.WindowEnd);
            if (end <= start) continue;
            var (slot, count) = ClashSlots(start, end);
            if (count >= WeekSlots.SlotsPerWeek) return parts | NeededParts(request.Needed, 0, WeekSlots.SlotsPerWeek);
            var past = slot + count;
            parts |= past <= WeekSlots.SlotsPerWeek
                ? NeededParts(request.Needed, slot, past)
                : NeededParts(request.Needed, slot, WeekSlots.SlotsPerWeek) | NeededParts(request.Needed, 0, past - WeekSlots.SlotsPerWeek);
        }

        return parts;
    }

    /// <summary>
    /// The first slot of the week a clash of [<paramref name="start"/>, <paramref name="end"/>)
    /// local minutes touches, and how many slots, rounded outwards and wrapping round the week
    /// as <see cref="WeekSlots.MarkMinutes"/> marks them (a count of a week or more means all).
    /// Local minutes are never negative, so unsigned division rounds the right way.
    /// </summary>
    private static (int Slot, int Count) ClashSlots(int start, int end)
    {
        var first = (uint)start / WeekSlots.MinutesPerSlot;
        var count = (((uint)end + WeekSlots.MinutesPerSlot - 1) / WeekSlots.MinutesPerSlot) - first;
        return ((int)(first % WeekSlots.SlotsPerWeek), (int)Math.Min(count, WeekSlots.SlotsPerWeek));
    }

    /// <summary>Whether any slot in [<paramref name="from"/>, <paramref name="to"/>) of one week is needed.</summary>
    private static bool AnyNeeded(ulong[] needed, int from, int to)
    {
        var word = from >> 6;
        var lastWord = (to - 1) >> 6;
        var bits = needed[word] & (ulong.MaxValue << (from & 63));
        while (word < lastWord)
        {
            if (bits != 0) return true;
            bits = needed[++word];
        }

        return (bits & (ulong.MaxValue >> (63 - ((to - 1) & 63)))) != 0;
    }

    /// <summary>The parts of the week holding a needed slot in [<paramref name="from"/>, <paramref name="to"/>) of one week.</summary>
    private static uint NeededParts(ulong[] needed, int from, int to)
    {
        var parts = 0U;
        var lastWord = (to - 1) >> 6;
        for (var word = from >> 6; word <= lastWord; word++)
        {
            var bits = needed[word];
            if (word == from >> 6) bits &= ulong.MaxValue << (from & 63);
            if (word == lastWord) bits &= ulong.MaxValue >> (63 - ((to - 1) & 63));
            if (bits != 0) parts |= AvailabilityFilter.MissedParts(word, bits);
        }

        return parts;
    }
}
