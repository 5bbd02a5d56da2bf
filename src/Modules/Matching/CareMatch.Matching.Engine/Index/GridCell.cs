namespace CareMatch.Matching.Engine.Index;

/// <summary>One carer as the spatial scan sees it: a unit vector and the squared chords of its reach.</summary>
internal struct CellEntry
{
    public float X;
    public float Y;
    public float Z;

    /// <summary>Squared unit chord of the carer's travel radius.</summary>
    public float Reach;

    /// <summary>Squared unit chord of the radius plus the near-miss margin: the carer's neighbourhood.</summary>
    public float NearMiss;

    public int Slot;
}

/// <summary>
/// The carers whose home lies in one grid cell, sorted by neighbourhood size, largest first:
/// a scan stops at the first entry whose neighbourhood cannot reach the request, so far cells
/// cost one comparison and near cells only visit carers who might travel that far.
/// </summary>
internal sealed class GridCell
{
    private CellEntry[] _entries;

    public GridCell(CellEntry[] sortedEntries, int count)
    {
        _entries = sortedEntries;
        Count = count;
    }

    public int Count { get; private set; }

    public ReadOnlySpan<CellEntry> Entries => new(_entries, 0, Count);

    /// <summary>The largest neighbourhood in the cell; -1 when empty.</summary>
    public float LargestNearMiss => Count == 0 ? -1 : _entries[0].NearMiss;

    public void Insert(CellEntry entry)
    {
        var at = 0;
        var high = Count;
        while (at < high)
        {
            var middle = (at + high) >>> 1;
            if (_entries[middle].NearMiss >= entry.NearMiss) at = middle + 1;
            else high = middle;
        }

        if (Count == _entries.Length) Array.Resize(ref _entries, Math.Max(4, Count * 2));
        Array.Copy(_entries, at, _entries, at + 1, Count - at);
        _entries[at] = entry;
        Count++;
    }

    public void Remove(int slot)
    {
        for (var i = 0; i < Count; i++)
        {
            if (_entries[i].Slot != slot) continue;
            Array.Copy(_entries, i + 1, _entries, i, Count - i - 1);
            Count--;
            return;
        }
    }
}
