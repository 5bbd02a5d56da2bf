namespace CareMatch.Matching.Engine.Index;

/// <summary>Where one grid cell's entries lie in the <see cref="CellStore"/>: positions from a whole block, and how many more fit.</summary>
internal struct CellRange
{
    public int Start;
    public int Count;
    public int Capacity;
}
