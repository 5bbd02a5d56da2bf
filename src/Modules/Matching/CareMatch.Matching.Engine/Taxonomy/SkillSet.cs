using System.Numerics;

namespace CareMatch.Matching.Engine.Taxonomy;

/// <summary>
/// A set of skills (hoist, PEG feeding, …) as a 64-bit mask. The engine does not know the product's taxonomy:
/// the Matching module maps each skill to a fixed index (0–63, e.g. the enum's value), so
/// "holds every skill required" is one AND and one compare.
/// </summary>
public readonly record struct SkillSet(ulong Bits)
{
    public const int MaxMembers = 64;

    public static SkillSet Empty => default;

    public bool IsEmpty => Bits == 0;

    public int Count => BitOperations.PopCount(Bits);

    public static SkillSet Of(params ReadOnlySpan<int> indices)
    {
        var bits = 0UL;
        foreach (var index in indices) bits |= SetBits.Bit(index);
        return new SkillSet(bits);
    }

    public SkillSet With(int index) => new(Bits | SetBits.Bit(index));

    public bool Contains(int index) => (Bits & SetBits.Bit(index)) != 0;

    public bool ContainsAll(SkillSet other) => (Bits & other.Bits) == other.Bits;

    public IEnumerable<int> Indices() => SetBits.Indices(Bits);
}
