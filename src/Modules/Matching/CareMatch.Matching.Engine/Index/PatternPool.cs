using System.Runtime.CompilerServices;
using CareMatch.Matching.Engine.Time;

namespace CareMatch.Matching.Engine.Index;

/// <summary>
/// Weekly availability patterns, stored once each. Carers repeat a few common weeks
/// ("weekdays 8–6", "evenings and weekends"), so sharing them keeps the index well under its
/// memory budget: 88 bytes per distinct pattern instead of per carer. Reference counted, so
/// upserts and removals give unused patterns back.
/// </summary>
internal sealed class PatternPool
{
    private const int WordsPerPattern = WeekSlots.WordCount;

    private readonly Dictionary<PatternKey, int> _ids = new(new PatternKeyComparer());
    private readonly Stack<int> _free = new();
    private ulong[] _words = new ulong[WordsPerPattern * 16];
    private ulong[] _hours = new ulong[WeekHours.WordCount * 16];
    private int[] _references = new int[16];
    private int _used;

    public int Distinct => _ids.Count;

    /// <summary>Every id handed out so far is below this, so a table this long has room for each.</summary>
    public int IdLimit => _used;

    public ReadOnlySpan<ulong> Words(int id) => new(_words, id * WordsPerPattern, WordsPerPattern);

    /// <summary>The pattern as whole free hours, worked out once per pattern: see <see cref="WeekHours"/>.</summary>
    public ReadOnlySpan<ulong> Hours(int id) => new(_hours, id * WeekHours.WordCount, WeekHours.WordCount);

    public int Acquire(WeekSlots slots)
    {
        var key = default(PatternKey);
        slots.Words.CopyTo(key);
        if (_ids.TryGetValue(key, out var id))
        {
            _references[id]++;
            return id;
        }

        id = _free.Count > 0 ? _free.Pop() : _used++;
        if (id >= _references.Length)
        {
            Array.Resize(ref _references, _references.Length * 2);
            Array.Resize(ref _words, _references.Length * WordsPerPattern);
            Array.Resize(ref _hours, _references.Length * WeekHours.WordCount);
        }

        ((ReadOnlySpan<ulong>)key).CopyTo(_words.AsSpan(id * WordsPerPattern, WordsPerPattern));
        WeekHours.Free(key, _hours.AsSpan(id * WeekHours.WordCount, WeekHours.WordCount));
        _references[id] = 1;
        _ids.Add(key, id);
        return id;
    }

    public void Release(int id)
    {
        if (--_references[id] > 0) return;
        var key = default(PatternKey);
        Words(id).CopyTo(key);
        _ids.Remove(key);
        _free.Push(id);
    }

    [InlineArray(WordsPerPattern)]
    private struct PatternKey
    {
        private ulong _word;
    }

    private sealed class PatternKeyComparer : IEqualityComparer<PatternKey>
    {
        public bool Equals(PatternKey x, PatternKey y) => ((ReadOnlySpan<ulong>)x).SequenceEqual(y);

        public int GetHashCode(PatternKey obj) => WeekSlots.WordsHash(obj);
    }
}
