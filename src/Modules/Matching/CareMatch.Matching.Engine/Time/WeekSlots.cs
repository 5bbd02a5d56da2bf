using System.Numerics;

namespace CareMatch.Matching.Engine.Time;

/// <summary>
/// A week as 672 quarter-hour slots (7 × 96), Monday 00:00 first, held as eleven 64-bit
/// words. "Free for every slot asked for" is then a handful of AND-NOTs instead of interval
/// arithmetic. Immutable; equal patterns are equal values, so the index can share them.
/// </summary>
public sealed class WeekSlots : IEquatable<WeekSlots>
{
    public const int MinutesPerSlot = 15;
    public const int SlotsPerDay = 96;
    public const int SlotsPerWeek = 7 * SlotsPerDay;
    public const int WordCount = (SlotsPerWeek + 63) / 64;

    private readonly ulong[] _words;

    private WeekSlots(ulong[] words) => _words = words;

    public static WeekSlots Empty { get; } = new(new ulong[WordCount]);

    /// <summary>Every slot of the week: a carer with no pattern set but "any time".</summary>
    public static WeekSlots Always { get; } = FromMinutes(0, LocalMinutes.PerWeek, roundOutwards: true);

    /// <summary>
    /// A carer's working times: only quarter hours wholly inside a time count, so "09:10–10:00"
    /// offers 09:15–10:00 and never promises a minute the carer did not offer.
    /// </summary>
    public static WeekSlots Available(IEnumerable<WeeklyTime> times) => Build(times, roundOutwards: false);

    /// <summary>
    /// The times care is needed: every quarter hour a time touches, so "09:10–10:00" needs
    /// 09:00–10:00 and a carer is never matched who is free for only part of a visit.
    /// </summary>
    public static WeekSlots Needed(IEnumerable<WeeklyTime> times) => Build(times, roundOutwards: true);

    public static WeekSlots Available(params WeeklyTime[] times) => Available((IEnumerable<WeeklyTime>)times);

    public static WeekSlots Needed(params WeeklyTime[] times) => Needed((IEnumerable<WeeklyTime>)times);

    public bool IsEmpty => _words.All(word => word == 0);

    public int Count => _words.Sum(BitOperations.PopCount);

    internal ReadOnlySpan<ulong> Words => _words;

    /// <summary>Slot index (0 = Monday 00:00–00:15) → whether the slot is in the set.</summary>
    public bool Contains(int slot) => (_words[slot >> 6] & (1UL << (slot & 63))) != 0;

    public bool Contains(DayOfWeek day, TimeOnly time) => Contains(DayIndex(day) * SlotsPerDay + (time.Hour * 4) + (time.Minute / MinutesPerSlot));

    /// <summary>Every slot of <paramref name="other"/> is also in this set.</summary>
    public bool Covers(WeekSlots other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < WordCount; i++)
        {
            if ((other._words[i] & ~_words[i]) != 0) return false;
        }

        return true;
    }

    public WeekSlots Union(WeekSlots other)
    {
        ArgumentNullException.ThrowIfNull(other);
        var words = new ulong[WordCount];
        for (var i = 0; i < WordCount; i++) words[i] = _words[i] | other._words[i];
        return new WeekSlots(words);
    }

    public bool Equals(WeekSlots? other) => other is not null && _words.AsSpan().SequenceEqual(other._words);

    public override bool Equals(object? obj) => Equals(obj as WeekSlots);

    public override int GetHashCode() => WordsHash(_words);

    public override string ToString() => $"{Count} quarter hours a week";

    /// <summary>Monday is 0: the week starts on Monday in the UK, and 0001-01-01 was a Monday.</summary>
    internal static int DayIndex(DayOfWeek day) => ((int)day + 6) % 7;

    internal static DayOfWeek DayOf(int dayIndex) => (DayOfWeek)((dayIndex + 1) % 7);

    internal static int WordsHash(ReadOnlySpan<ulong> words)
    {
        var hash = new HashCode();
        foreach (var word in words) hash.Add(word);
        return hash.ToHashCode();
    }

    internal static WeekSlots FromWords(ulong[] words) => new(words);

    /// <summary>A stretch of minutes (of the week, or absolute local minutes: both wrap on the week) as slots.</summary>
    internal static WeekSlots FromMinutes(int startMinute, int endMinute, bool roundOutwards)
    {
        var words = new ulong[WordCount];
        MarkMinutes(words, startMinute, endMinute, roundOutwards);
        return new WeekSlots(words);
    }

    /// <summary>
    /// Sets the slots of [start, end) in minutes, wrapping round the week. Rounding outwards
    /// marks every slot the stretch touches; inwards only those it covers wholly.
    /// </summary>
    internal static void MarkMinutes(Span<ulong> words, long startMinute, long endMinute, bool roundOutwards)
    {
        if (endMinute <= startMinute) return;
        var first = roundOutwards ? FloorDiv(startMinute, MinutesPerSlot) : CeilDiv(startMinute, MinutesPerSlot);
        var last = roundOutwards ? CeilDiv(endMinute, MinutesPerSlot) : FloorDiv(endMinute, MinutesPerSlot);
        var count = last - first;
        if (count <= 0) return;
        if (count >= SlotsPerWeek)
        {
            words.Fill(ulong.MaxValue);
            words[WordCount - 1] = LastWordMask;
            return;
        }

        var slot = (int)(((first % SlotsPerWeek) + SlotsPerWeek) % SlotsPerWeek);
        var remaining = (int)count;
        while (remaining > 0)
        {
            var run = Math.Min(remaining, SlotsPerWeek - slot);
            SetRun(words, slot, run);
            remaining -= run;
            slot = 0;
        }
    }

    private const ulong LastWordMask = (1UL << (SlotsPerWeek - (64 * (WordCount - 1)))) - 1;

    private static void SetRun(Span<ulong> words, int slot, int count)
    {
        while (count > 0)
        {
            var bit = slot & 63;
            var take = Math.Min(count, 64 - bit);
            var mask = take == 64 ? ulong.MaxValue : ((1UL << take) - 1) << bit;
            words[slot >> 6] |= mask;
            slot += take;
            count -= take;
        }
    }

    private static WeekSlots Build(IEnumerable<WeeklyTime> times, bool roundOutwards)
    {
        ArgumentNullException.ThrowIfNull(times);
        var words = new ulong[WordCount];
        foreach (var time in times)
        {
            var start = time.StartMinuteOfWeek;
            MarkMinutes(words, start, start + time.DurationMinutes, roundOutwards);
        }

        return new WeekSlots(words);
    }

    private static long FloorDiv(long value, int divisor) => value >= 0 ? value / divisor : -((-value + divisor - 1) / divisor);

    private static long CeilDiv(long value, int divisor) => -FloorDiv(-value, divisor);
}
