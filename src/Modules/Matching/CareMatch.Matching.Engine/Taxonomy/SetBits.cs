using System.Numerics;

namespace CareMatch.Matching.Engine.Taxonomy;

/// <summary>The bit arithmetic the three taxonomy sets share.</summary>
internal static class SetBits
{
    public static ulong Bit(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, 64);
        return 1UL << index;
    }

    public static IEnumerable<int> Indices(ulong bits)
    {
        while (bits != 0)
        {
            var index = BitOperations.TrailingZeroCount(bits);
            yield return index;
            bits &= bits - 1;
        }
    }
}
