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
