namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// A column of counts with its total shown: each count from 1 to 4 is hidden, and when exactly
/// one is hidden the smallest other non-zero count is hidden too, so the total less the shown
/// counts can never reveal a hidden one.
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>Which of <paramref name="counts"/> to hide.</summary>
    public static bool[] Hidden(IReadOnlyList<int> counts)
    {
        var hidden = counts.Select(SmallNumbers.IsSmall).ToArray();
        if (hidden.Count(h => h) == 1)
        {
            var next = Enumerable.Range(0, counts.Count).Where(i => !hidden[i] && counts[i] > 0).OrderBy(i => counts[i]).Cast<int?>().FirstOrDefault();
            if (next is { } i) hidden[i] = true;
        }
        return hidden;
    }
}
