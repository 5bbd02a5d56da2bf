using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;
using CareMatch.Matching.Engine.Geography;
using CareMatch.Matching.Engine.Ranking;

namespace CareMatch.Matching.Engine.Index;

/// <summary>
/// Every grid cell's carers in one array, cell after cell, each cell sorted by neighbourhood
/// size, largest first: a scan stops at the first block whose neighbourhoods cannot reach
/// the request, so far cells cost one comparison and near cells only visit carers who might
/// travel that far.
/// </summary>
/// <remarks>
/// <para>
/// Entries are kept in blocks of eight: eight x, then eight y, eight z, eight reaches, eight
/// neighbourhoods and eight slots, 192 bytes. The distance test then runs eight carers at a
/// time with no branch per carer, so the processor can fetch the next block while it works on
/// this one; a branch per carer that went either way at random stopped it doing so, and
/// waiting on memory was most of a query. Lanes past a cell's count have a neighbourhood of
/// -1, which no squared distance is within.
/// </para>
/// <para>
/// One array rather than an object per cell, so going from the grid to a cell's carers is one
/// wait on memory, not three, and neighbouring cells of a grid row lie side by side. A cell
/// that outgrows its room moves to the end with twice the room, leaving a gap; the gaps are
/// squeezed out (<see cref="Compact"/>) once they outnumber the carers.
/// </para>
/// </remarks>
internal sealed class CellStore
{
    public const int Lanes = 8;
    private const int FloatsPerBlock = 6 * Lanes;
    private const int YAt = Lanes;
    private const int ZAt = 2 * Lanes;
    private const int ReachAt = 3 * Lanes;
    private const int NearMissAt = 4 * Lanes;
    private const int SlotAt = 5 * Lanes;
    private const float Nobody = -1;

    private float[] _blocks;
    private int _end;
    private int _gaps;
    private int _entries;

    /// <summary>How many times the cells have been laid out: once at build, then once per <see cref="Compact"/>.</summary>
    public int Layouts { get; private set; } = 1;

    private CellStore(int positions)
    {
        _blocks = new float[Math.Max(1, positions / Lanes) * FloatsPerBlock];
        for (var block = 0; block < _blocks.Length; block += FloatsPerBlock) _blocks.AsSpan(block + NearMissAt, Lanes).Fill(Nobody);
    }

    /// <summary>
    /// Lays out cells one after another: <paramref name="sorted"/> holds each cell's entries
    /// together, and <paramref name="cells"/> says where each cell's run begins and how long it
    /// is; on return they say where each cell now lies in the store.
    /// </summary>
    public static CellStore Build(CellEntry[] sorted, CellRange[] cells) => LayOut(cells, position => sorted[position]);

    public static CellStore Empty() => new(0);

    /// <summary>The largest neighbourhood in the cell; -1 when empty.</summary>
    public float LargestNearMiss(in CellRange cell) => cell.Count == 0 ? Nobody : _blocks[FloatAt(cell.Start) + NearMissAt];

    /// <summary>Asks the processor to start loading the cell's first block now, so it has arrived when the scan reaches the cell.</summary>
    public unsafe void Prefetch(in CellRange cell)
    {
        if (!Sse.IsSupported || cell.Count == 0) return;
        var block = (byte*)Unsafe.AsPointer(ref _blocks[FloatAt(cell.Start)]);
        Sse.Prefetch0(block);
        Sse.Prefetch0(block + 64);
        Sse.Prefetch0(block + 128);
        Sse.Prefetch0(block + 191);
    }

    /// <summary>
    /// Offers <paramref name="run"/> each carer in the cell whose neighbourhood holds the
    /// request: as in reach or, unless near misses count as in reach, as a near miss.
    /// <paramref name="bound"/> is a lower bound on the squared distance from the request to the cell.
    /// </summary>
    public void Scan(in CellRange cell, SurfacePoint point, float bound, bool includeNearMisses, MatchRun run)
    {
        var (px, py, pz) = (Vector256.Create(point.X), Vector256.Create(point.Y), Vector256.Create(point.Z));
        ref var blocks = ref MemoryMarshal.GetArrayDataReference(_blocks);
        var end = FloatAt(cell.Start + RoundUp(cell.Count));
        for (var at = FloatAt(cell.Start); at < end; at += FloatsPerBlock)
        {
            // Sorted largest first: once a block's first neighbourhood is below the bound, no one further on can reach.
            if (Unsafe.Add(ref blocks, at + NearMissAt) < bound) return;
            var dx = px - Vector256.LoadUnsafe(ref blocks, (nuint)at);
            var dy = py - Vector256.LoadUnsafe(ref blocks, (nuint)(at + YAt));
            var dz = pz - Vector256.LoadUnsafe(ref blocks, (nuint)(at + ZAt));

            // The same operations in the same order as SurfacePoint.ChordSquaredTo, so the same floats.
            var chords = (dx * dx) + (dy * dy) + (dz * dz);
            var inNeighbourhood = Vector256.LessThanOrEqual(chords, Vector256.LoadUnsafe(ref blocks, (nuint)(at + NearMissAt))).ExtractMostSignificantBits();
            if (inNeighbourhood == 0) continue;
            var inReach = includeNearMisses ? inNeighbourhood : Vector256.LessThanOrEqual(chords, Vector256.LoadUnsafe(ref blocks, (nuint)(at + ReachAt))).ExtractMostSignificantBits();
            while (inNeighbourhood != 0)
            {
                var lane = BitOperations.TrailingZeroCount(inNeighbourhood);
                inNeighbourhood &= inNeighbourhood - 1;
                var slot = BitConverter.SingleToInt32Bits(Unsafe.Add(ref blocks, at + SlotAt + lane));
                if ((inReach & (1U << lane)) != 0) run.InReach(slot, chords.GetElement(lane));
                else run.NearMiss(slot);
            }
        }
    }

    /// <summary>Adds the entry in its place by neighbourhood size; false when the gaps call for <see cref="Compact"/>.</summary>
    public bool Insert(ref CellRange cell, CellEntry entry)
    {
        if (cell.Count == cell.Capacity) Move(ref cell, Math.Max(Lanes, cell.Capacity * 2));
        var at = cell.Count;
        while (at > 0 && Get(cell.Start + at - 1).NearMiss < entry.NearMiss)
        {
            Put(cell.Start + at, Get(cell.Start + at - 1));
            at--;
        }

        Put(cell.Start + at, entry);
        cell.Count++;
        _entries++;
        return _gaps <= Math.Max(1024, _entries);
    }

    public void Remove(ref CellRange cell, int slot)
    {
        var end = cell.Start + cell.Count;
        for (var i = cell.Start; i < end; i++)
        {
            if (Get(i).Slot != slot) continue;
            for (var next = i + 1; next < end; next++) Put(next - 1, Get(next));
            cell.Count--;
            _entries--;
            Clear(end - 1);
            return;
        }
    }

    /// <summary>Lays the cells out again one after another in grid order, with no gaps and the least room.</summary>
    public void Compact(CellRange[] cells)
    {
        var store = LayOut(cells, Get);
        (_blocks, _end, _gaps) = (store._blocks, store._end, 0);
        Layouts++;
    }

    /// <summary>
    /// A store holding each cell's entries, read from <paramref name="entryAt"/> at the cell's
    /// current positions, one cell after another in grid order; the cells are moved to match.
    /// </summary>
    private static CellStore LayOut(CellRange[] cells, Func<int, CellEntry> entryAt)
    {
        var positions = 0;
        foreach (var cell in cells) positions += RoundUp(cell.Count);
        var store = new CellStore(positions);
        foreach (ref var cell in cells.AsSpan())
        {
            if (cell.Count == 0)
            {
                cell = default;
                continue;
            }

            var moved = new CellRange { Start = store._end, Count = cell.Count, Capacity = RoundUp(cell.Count) };
            for (var i = 0; i < cell.Count; i++) store.Put(moved.Start + i, entryAt(cell.Start + i));
            store._end += moved.Capacity;
            store._entries += cell.Count;
            cell = moved;
        }

        return store;
    }

    private static int RoundUp(int count) => (count + Lanes - 1) / Lanes * Lanes;

    /// <summary>Where in the blocks the x of the entry at <paramref name="position"/> lies; its other fields follow a lane-width apart.</summary>
    private static int FloatAt(int position) => ((position / Lanes) * FloatsPerBlock) + (position % Lanes);

    private CellEntry Get(int position)
    {
        var at = FloatAt(position);
        return new CellEntry
        {
            X = _blocks[at],
            Y = _blocks[at + YAt],
            Z = _blocks[at + ZAt],
            Reach = _blocks[at + ReachAt],
            NearMiss = _blocks[at + NearMissAt],
            Slot = BitConverter.SingleToInt32Bits(_blocks[at + SlotAt]),
        };
    }

    private void Put(int position, in CellEntry entry)
    {
        var at = FloatAt(position);
        _blocks[at] = entry.X;
        _blocks[at + YAt] = entry.Y;
        _blocks[at + ZAt] = entry.Z;
        _blocks[at + ReachAt] = entry.Reach;
        _blocks[at + NearMissAt] = entry.NearMiss;
        _blocks[at + SlotAt] = BitConverter.Int32BitsToSingle(entry.Slot);
    }

    private void Clear(int position) => Put(position, new CellEntry { NearMiss = Nobody });

    private void Move(ref CellRange cell, int capacity)
    {
        var needed = (_end + capacity) / Lanes * FloatsPerBlock;
        if (needed > _blocks.Length)
        {
            var old = _blocks.Length;
            Array.Resize(ref _blocks, Math.Max(needed, old + (old / 2 / FloatsPerBlock * FloatsPerBlock)));
            for (var block = old; block < _blocks.Length; block += FloatsPerBlock) _blocks.AsSpan(block + NearMissAt, Lanes).Fill(Nobody);
        }

        var moved = new CellRange { Start = _end, Count = cell.Count, Capacity = capacity };
        for (var i = 0; i < cell.Count; i++) Put(moved.Start + i, Get(cell.Start + i));
        _gaps += cell.Capacity;
        _end += capacity;
        cell = moved;
    }
}
