using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;
using CareMatch.Matching.Engine.Filters;
using CareMatch.Matching.Engine.Geography;
using CareMatch.Matching.Engine.Ranking;
using CareMatch.Matching.Engine.Snapshots;

namespace CareMatch.Matching.Engine.Index;

/// <summary>
/// Every bookable-or-not carer in memory, arranged for matching: a grid of cells about 5 km
/// square over carers' home sectors, each cell sorted by how far its carers travel, over a
/// packed array of 64-byte rows. Built once from the database at start, then kept current
/// with <see cref="Upsert"/> and <see cref="Remove"/> as integration events arrive.
/// </summary>
/// <remarks>
/// Not safe for a write concurrent with anything else: the Matching module serialises writes
/// against queries (a reader-writer lock), or builds a new index and swaps the reference.
/// Queries alone may run in parallel. No antimeridian wrap-around: this is a UK index.
/// </remarks>
public sealed class CarerIndex
{
    /// <summary>Grid cell height: 0.05° of latitude is about 5.6 km.</summary>
    internal const double CellLatitudeDegrees = 0.05;

    /// <summary>Grid cell width: 0.08° of longitude is about 5.2 km at 54°N, so UK cells are near square.</summary>
    internal const double CellLongitudeDegrees = 0.08;

    private const int GlobalColumns = 4501;
    private const int GlobalRows = 3601;
    private const int FreeSlot = -1;

    private readonly Dictionary<Guid, int> _slotOf;
    private readonly Stack<int> _freeSlots = new();
    private readonly PatternPool _patterns = new();
    private CarerRow[] _rows;
    private Guid[] _ids;
    private int[]?[] _clashes;

    /// <summary>What only the scores read, beside the rows: see <see cref="CarerRecord"/>.</summary>
    private CarerRecord[] _records;
    private int[] _cellKeys;
    private int _slotCount;
    private CellRange[] _cells = [];
    private CellStore _store = CellStore.Empty();

    /// <summary>Each grid cell's largest neighbourhood (-1 when empty), beside the grid so far cells are ruled out without touching them.</summary>
    private float[] _largestNearMissInCell = [];
    private int _firstRow;
    private int _firstColumn;
    private int _rowCount;
    private int _columnCount;
    private float _largestNearMiss = -1;

    private CarerIndex(int capacity)
    {
        _slotOf = new Dictionary<Guid, int>(capacity);
        _rows = new CarerRow[capacity];
        _ids = new Guid[capacity];
        _clashes = new int[]?[capacity];
        _records = new CarerRecord[capacity];
        _cellKeys = new int[capacity];
    }

    /// <summary>How many carers the index holds.</summary>
    public int Count => _slotOf.Count;

    /// <summary>Goes up by one with every upsert or removal, so callers can tell whether anything changed.</summary>
    public long Version { get; private set; }

    /// <summary>How many distinct weekly availability patterns the carers share.</summary>
    public int DistinctAvailabilityPatterns => _patterns.Distinct;

    public static CarerIndex Empty() => new(0);

    /// <summary>
    /// Builds the index in one pass. Carers are laid out cell by cell, so a query reads
    /// neighbours from neighbouring memory. Each carer id may appear once.
    /// </summary>
    public static CarerIndex Build(IEnumerable<CarerSnapshot> carers)
    {
        ArgumentNullException.ThrowIfNull(carers);
        var all = carers as IReadOnlyList<CarerSnapshot> ?? carers.ToList();
        var index = new CarerIndex(all.Count);
        var order = new int[all.Count];
        var sortKeys = new long[all.Count];
        for (var i = 0; i < all.Count; i++)
        {
            var carer = all[i] ?? throw new ArgumentException("The carer list holds a null.", nameof(carers));
            order[i] = i;
            var radius = Math.Clamp(carer.TravelRadiusKm, 0, CarerSnapshot.MaxTravelRadiusKm);
            sortKeys[i] = ((long)CellKeyOf(carer.Latitude, carer.Longitude) << 8) | (uint)(255 - radius);
        }

        // Same cell together, and within a cell the widest travellers first: the order the
        // cell's entries must be in, so slots and entries line up in memory.
        Array.Sort(sortKeys, order);

        var entries = new CellEntry[all.Count];
        for (var slot = 0; slot < all.Count; slot++)
        {
            var carer = all[order[slot]];
            if (!index._slotOf.TryAdd(carer.CarerId, slot)) throw new ArgumentException($"Carer {carer.CarerId} appears twice.", nameof(carers));
            entries[slot] = index.Store(slot, carer);
        }

        index._slotCount = all.Count;
        index.BuildGrid(entries);
        return index;
    }

    public bool Contains(Guid carerId) => _slotOf.ContainsKey(carerId);

    /// <summary>Adds the carer, or replaces what the index knew about them.</summary>
    public void Upsert(CarerSnapshot carer)
    {
        ArgumentNullException.ThrowIfNull(carer);
        if (_slotOf.TryGetValue(carer.CarerId, out var slot))
        {
            Unstore(slot);
        }
        else
        {
            slot = _freeSlots.Count > 0 ? _freeSlots.Pop() : NewSlot();
            _slotOf.Add(carer.CarerId, slot);
        }

        var entry = Store(slot, carer);
        if (!_store.Insert(ref CellFor(_cellKeys[slot]), entry)) _store.Compact(_cells);
        RefreshLargest(_cellKeys[slot]);
        _largestNearMiss = Math.Max(_largestNearMiss, entry.NearMiss);
        Version++;
    }

    /// <summary>Forgets the carer; false if the index did not hold them.</summary>
    public bool Remove(Guid carerId)
    {
        if (!_slotOf.Remove(carerId, out var slot)) return false;
        Unstore(slot);
        _ids[slot] = Guid.Empty;
        _cellKeys[slot] = FreeSlot;
        _freeSlots.Push(slot);
        Version++;
        return true;
    }

    /// <summary>How many times the carers' cells have been laid out in memory (see <see cref="CellStore"/>).</summary>
    internal int StoreLayouts => _store.Layouts;

    /// <summary>How long a table indexed by availability pattern id must be.</summary>
    internal int PatternIdLimit => _patterns.IdLimit;

    internal ref readonly CarerRow Row(int slot) => ref _rows[slot];

    /// <summary>Asks the processor to start loading a carer's row now, so it has arrived by the time the filters read it.</summary>
    internal unsafe void PrefetchRow(int slot)
    {
        if (!Sse.IsSupported) return;
        var row = (byte*)Unsafe.AsPointer(ref _rows[slot]);
        Sse.Prefetch0(row);
        Sse.Prefetch0(row + sizeof(CarerRow) - 1);

        // Where the carer's time off and visits are, read if they pass the rules on the row.
        Sse.Prefetch0(Unsafe.AsPointer(ref _clashes[slot]));
    }

    /// <summary>The same for a carer's time off and booked visits, read when they pass the rules on the row.</summary>
    internal unsafe void PrefetchClashes(int slot)
    {
        if (Sse.IsSupported && _rows[slot].HasClashes && _clashes[slot] is { } clashes) Sse.Prefetch0(Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(clashes)));
    }

    /// <summary>The same for what the scores read: the carer's id and record.</summary>
    internal unsafe void PrefetchScoring(int slot)
    {
        if (!Sse.IsSupported) return;
        Sse.Prefetch0(Unsafe.AsPointer(ref _ids[slot]));
        Sse.Prefetch0(Unsafe.AsPointer(ref _records[slot]));
    }

    internal Guid IdAt(int slot) => _ids[slot];

    internal int[]? ClashesAt(int slot) => _rows[slot].HasClashes ? _clashes[slot] : null;

    internal ReadOnlySpan<ulong> PatternWords(int patternId) => _patterns.Words(patternId);

    internal CarerView View(int slot) => new(ref _rows[slot], ref _records[slot], _patterns.Words(_rows[slot].PatternId), _clashes, _ids, slot);

    /// <summary>
    /// Offers <paramref name="run"/> every carer whose neighbourhood (travel radius plus the
    /// near-miss margin) contains the request, and no one else, visiting only grid cells that a
    /// provable lower bound on distance cannot rule out.
    /// </summary>
    internal void Scan(MatchRun run)
    {
        if (_largestNearMiss < 0 || _rowCount == 0) return;
        var request = run.Request;
        var latitude = request.Request.Latitude;
        var longitude = request.Request.Longitude;
        var point = request.Point;
        var includeNearMisses = request.Request.IncludeNearMisses;

        // The furthest anyone's neighbourhood reaches, as an angle, bounds the rows and columns.
        var maxAngle = 2 * Math.Asin(Math.Min(1, Math.Sqrt(_largestNearMiss) / 2));
        var maxDegrees = maxAngle * 180 / Math.PI;
        var firstRow = Math.Max(_firstRow, RowOf(latitude - maxDegrees) - 1);
        var lastRow = Math.Min(_firstRow + _rowCount - 1, RowOf(latitude + maxDegrees) + 1);
        var highestLatitude = Math.Min(89.9, Math.Abs(latitude) + maxDegrees);
        var sinHalfSpread = Math.Sin(maxAngle / 2) / Math.Cos(GreatCircle.ToRadians(highestLatitude));
        var spreadDegrees = sinHalfSpread >= 1 ? 180 : 2 * Math.Asin(sinHalfSpread) * 180 / Math.PI;
        var firstColumn = Math.Max(_firstColumn, ColumnOf(longitude - spreadDegrees) - 1);
        var lastColumn = Math.Min(_firstColumn + _columnCount - 1, ColumnOf(longitude + spreadDegrees) + 1);
        if (firstRow > lastRow || firstColumn > lastColumn) return;

        // hav(d) = hav(Δφ) + cos φ1 cos φ2 hav(Δλ), and each term is smallest at the cell's
        // nearest edge: so 4·(that) is a lower bound on any carer's squared chord in the cell.
        var columns = lastColumn - firstColumn + 1;
        Span<double> havLongitude = columns <= 512 ? stackalloc double[columns] : new double[columns];
        for (var column = firstColumn; column <= lastColumn; column++)
        {
            var west = (column * CellLongitudeDegrees) - 180;
            var gap = longitude < west ? west - longitude : Math.Max(0, longitude - (west + CellLongitudeDegrees));
            var half = Math.Sin(GreatCircle.ToRadians(Math.Min(gap, 180)) / 2);
            havLongitude[column - firstColumn] = half * half;
        }

        // First every cell that might hold someone in reach; then their carers, asking for each
        // cell's first block a few cells ahead of reading it, so blocks arrive together rather
        // than each waited for in turn.
        var visits = run.CellsToVisit;
        var cosRequest = Math.Cos(GreatCircle.ToRadians(latitude));
        for (var row = firstRow; row <= lastRow; row++)
        {
            var south = (row * CellLatitudeDegrees) - 90;
            var north = south + CellLatitudeDegrees;
            var gap = latitude < south ? south - latitude : Math.Max(0, latitude - north);
            var half = Math.Sin(GreatCircle.ToRadians(gap) / 2);
            var havLatitude = half * half;
            if (LowerBound(havLatitude) > _largestNearMiss) continue;
            var cosRow = Math.Cos(GreatCircle.ToRadians(Math.Min(89.99, Math.Max(Math.Abs(south), Math.Abs(north)))));
            var scale = cosRequest * cosRow;
            var rowOffset = (row - _firstRow) * _columnCount;
            for (var column = firstColumn; column <= lastColumn; column++)
            {
                var at = rowOffset + column - _firstColumn;
                var bound = LowerBound(havLatitude + (scale * havLongitude[column - firstColumn]));
                if (_largestNearMissInCell[at] < bound) continue;
                visits.Add((_cells[at], bound));
            }
        }

        const int Ahead = 8;
        var cells = CollectionsMarshal.AsSpan(visits);
        for (var i = 0; i < Math.Min(Ahead, cells.Length); i++) _store.Prefetch(cells[i].Cell);
        for (var i = 0; i < cells.Length; i++)
        {
            if (i + Ahead < cells.Length) _store.Prefetch(cells[i + Ahead].Cell);
            _store.Scan(cells[i].Cell, point, cells[i].Bound, includeNearMisses, run);
        }
    }

    /// <summary>A squared-chord lower bound from a haversine one, shaved a little for single-precision rounding.</summary>
    private static float LowerBound(double haversine) => (float)((4 * haversine * (1 - 1e-5)) - 1e-9);

    private static int RowOf(double latitude) => Math.Clamp((int)Math.Floor((latitude + 90) / CellLatitudeDegrees), 0, GlobalRows - 1);

    private static int ColumnOf(double longitude) => Math.Clamp((int)Math.Floor((longitude + 180) / CellLongitudeDegrees), 0, GlobalColumns - 1);

    private static int CellKeyOf(double latitude, double longitude) => (RowOf(latitude) * GlobalColumns) + ColumnOf(longitude);

    private CellEntry Store(int slot, CarerSnapshot carer)
    {
        var point = SurfacePoint.FromDegrees(carer.Latitude, carer.Longitude);
        var row = CarerRow.From(carer);
        row.PatternId = _patterns.Acquire(carer.WeeklyAvailability ?? Time.WeekSlots.Empty);
        _rows[slot] = row;
        _rows[slot].SetHours(_patterns.Hours(row.PatternId));
        _records[slot] = CarerRecord.From(carer);
        _ids[slot] = carer.CarerId;
        _clashes[slot] = CarerRow.ClashesOf(carer);
        _rows[slot].HasClashes = _clashes[slot] is not null;
        _cellKeys[slot] = CellKeyOf(carer.Latitude, carer.Longitude);
        return new CellEntry
        {
            X = point.X,
            Y = point.Y,
            Z = point.Z,
            Reach = TravelRadiusFilter.ReachChordSquared(row.TravelRadiusKm),
            NearMiss = TravelRadiusFilter.NearMissChordSquared(row.TravelRadiusKm),
            Slot = slot,
        };
    }

    private void Unstore(int slot)
    {
        if (Holds(_cellKeys[slot])) _store.Remove(ref _cells[GridIndex(_cellKeys[slot])], slot);
        RefreshLargest(_cellKeys[slot]);
        _patterns.Release(_rows[slot].PatternId);
        _rows[slot] = default;
        _rows[slot].CredentialsValidThroughDay = CarerRow.NotBookable;
        _clashes[slot] = null;
    }

    private int NewSlot()
    {
        if (_slotCount == _rows.Length)
        {
            var capacity = Math.Max(16, _rows.Length + (_rows.Length / 2));
            Array.Resize(ref _rows, capacity);
            Array.Resize(ref _ids, capacity);
            Array.Resize(ref _clashes, capacity);
            Array.Resize(ref _records, capacity);
            Array.Resize(ref _cellKeys, capacity);
        }

        return _slotCount++;
    }

    private void BuildGrid(CellEntry[] entriesBySlot)
    {
        if (_slotCount == 0) return;
        int minRow = int.MaxValue, maxRow = int.MinValue, minColumn = int.MaxValue, maxColumn = int.MinValue;
        for (var slot = 0; slot < _slotCount; slot++)
        {
            var (row, column) = Math.DivRem(_cellKeys[slot], GlobalColumns);
            minRow = Math.Min(minRow, row);
            maxRow = Math.Max(maxRow, row);
            minColumn = Math.Min(minColumn, column);
            maxColumn = Math.Max(maxColumn, column);
            _largestNearMiss = Math.Max(_largestNearMiss, entriesBySlot[slot].NearMiss);
        }

        Regrid(minRow, maxRow, minColumn, maxColumn);
        var start = 0;
        while (start < _slotCount)
        {
            var end = start + 1;
            while (end < _slotCount && _cellKeys[end] == _cellKeys[start]) end++;
            var at = GridIndex(_cellKeys[start]);
            _cells[at] = new CellRange { Start = start, Count = end - start };
            _largestNearMissInCell[at] = entriesBySlot[start].NearMiss;
            start = end;
        }

        _store = CellStore.Build(entriesBySlot, _cells);
    }

    private void RefreshLargest(int cellKey)
    {
        if (cellKey == FreeSlot || !Holds(cellKey)) return;
        var at = GridIndex(cellKey);
        _largestNearMissInCell[at] = _store.LargestNearMiss(_cells[at]);
    }

    private int GridIndex(int cellKey)
    {
        var (row, column) = Math.DivRem(cellKey, GlobalColumns);
        return ((row - _firstRow) * _columnCount) + column - _firstColumn;
    }

    /// <summary>Whether the grid covers the cell's place.</summary>
    private bool Holds(int cellKey)
    {
        var (row, column) = Math.DivRem(cellKey, GlobalColumns);
        return _rowCount > 0 && row >= _firstRow && row < _firstRow + _rowCount && column >= _firstColumn && column < _firstColumn + _columnCount;
    }

    /// <summary>The cell's range, growing the grid first if the place lies outside it.</summary>
    private ref CellRange CellFor(int cellKey)
    {
        if (!Holds(cellKey))
        {
            // Grow with a margin so a trickle of new places does not regrid every time.
            const int Margin = 16;
            var (row, column) = Math.DivRem(cellKey, GlobalColumns);
            Regrid(
                Math.Max(0, Math.Min(row, _rowCount == 0 ? row : _firstRow) - Margin),
                Math.Min(GlobalRows - 1, Math.Max(row, _rowCount == 0 ? row : _firstRow + _rowCount - 1) + Margin),
                Math.Max(0, Math.Min(column, _rowCount == 0 ? column : _firstColumn) - Margin),
                Math.Min(GlobalColumns - 1, Math.Max(column, _rowCount == 0 ? column : _firstColumn + _columnCount - 1) + Margin));
        }

        return ref _cells[GridIndex(cellKey)];
    }

    private void Regrid(int minRow, int maxRow, int minColumn, int maxColumn)
    {
        var rows = maxRow - minRow + 1;
        var columns = maxColumn - minColumn + 1;
        var cells = new CellRange[rows * columns];
        var largest = new float[rows * columns];
        largest.AsSpan().Fill(-1);
        for (var row = 0; row < _rowCount; row++)
        {
            for (var column = 0; column < _columnCount; column++)
            {
                var from = (row * _columnCount) + column;
                var at = ((row + _firstRow - minRow) * columns) + column + _firstColumn - minColumn;
                cells[at] = _cells[from];
                largest[at] = _largestNearMissInCell[from];
            }
        }

        (_cells, _largestNearMissInCell, _firstRow, _firstColumn, _rowCount, _columnCount) = (cells, largest, minRow, minColumn, rows, columns);
    }
}
