using System.Numerics;

namespace CareMatch.Matching.Engine.Taxonomy;

/// <summary>
/// A set of spoken languages as a 64-bit mask. The engine does not know the product's taxonomy:
/// the Matching module maps each language it knows to a fixed index (0–63, e.g. its position in a maintained list; languages beyond that list cannot be required), so
/// "speaks every language required" is one AND and one compare.
/// </summary>
public readonly record struct LanguageSet(ulong Bits)
{
    public const int MaxMembers = 64;

    public static LanguageSet Empty => default;

    public bool IsEmpty => Bits == 0;

    public int Count => BitOperations.PopCount(Bits);

    public static LanguageSet Of(params ReadOnlySpan<int> indices)
    {
        var bits = 0UL;
        foreach (var index in indices) bits |= SetBits.Bit(index);
        return new LanguageSet(bits);
    }

    public LanguageSet With(int index) => new(Bits | SetBits.Bit(index));

    public bool Contains(int index) => (Bits & SetBits.Bit(index)) != 0;

    public bool ContainsAll(LanguageSet other) => (Bits & other.Bits) == other.Bits;

    public IEnumerable<int> Indices() => SetBits.Indices(Bits);
}
