namespace CareMatch.Matching.Engine.Snapshots;

/// <summary>
/// One carer as the filters and scores see it, wherever it is stored. The id and the dated
/// clashes live in their own columns and are read only when a rule needs them, so a carer
/// who fails on the row alone costs one cache line.
/// </summary>
internal readonly ref struct CarerView
{
    private readonly Guid[] _ids;
    private readonly int[]?[] _clashes;
    private readonly int _slot;

    public CarerView(ref readonly CarerRow row, ref readonly CarerRecord record, ReadOnlySpan<ulong> availability, int[]?[] clashes, Guid[] ids, int slot)
    {
        Row = ref row;
        Record = ref record;
        Availability = availability;
        _clashes = clashes;
        _ids = ids;
        _slot = slot;
    }

    public readonly ref readonly CarerRow Row;

    public readonly ref readonly CarerRecord Record;

    public ReadOnlySpan<ulong> Availability { get; }

    /// <summary>Dated clashes as pairs of local minutes; see <see cref="CarerRow.ClashesOf"/>.</summary>
    public int[]? Clashes => _clashes[_slot];

    public Guid Id => _ids[_slot];
}
