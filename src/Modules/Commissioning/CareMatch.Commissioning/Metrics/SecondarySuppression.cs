namespace CareMatch.Commissioning.Metrics;

/// <summary>
/// A column of counts with its total shown: each count from 1 to 4 is hidden; then, while the
/// total less the shown counts would reveal something (exactly one count hidden, or hidden counts
/// that add up to 1 to 4), the smallest other non-zero count is hidden too. A share is hidden as a
/// whole, by its count and its rest (the whole less the count), so neither can be worked out either.
/// When there is nothing left to hide, the total is itself from 1 to 4 and hidden by the first rule.
/// </summary>
internal static class SecondarySuppression
{
    /// <summary>Which of <paramref name="counts"/> to hide.</summary>
    public static bool[] Hidden(IReadOnlyList<int> counts) => Hidden([.. counts.Select(c => new[] { c })]);

    /// <summary>
    /// Which of <paramref name="shares"/> to hide, each by its count and its rest; <paramref name="alsoHidden"/>
    /// are hidden from the start, whatever their numbers (a share whose whole is a count hidden elsewhere).
    /// </summary>
    public static bool[] Hidden(IReadOnlyList<Share> shares, IReadOnlyList<bool>? alsoHidden = null) =>
        Hidden([.. shares.Select(s => new[] { s.Count, s.OutOf - s.Count })], alsoHidden);

    /// <summary>Each cell is one or more counts that are shown or hidden together.</summary>
    private static bool[] Hidden(IReadOnlyList<int[]> cells, IReadOnlyList<bool>? alsoHidden = null)
    {
        var hidden = cells.Select((parts, i) => parts.Any(SmallNumbers.IsSmall) || alsoHidden?[i] == true).ToArray();
        while (Revealing(cells, hidden) && NextSmallest(cells, hidden) is { } next) hidden[next] = true;
        return hidden;
    }

    private static bool Revealing(IReadOnlyList<int[]> cells, bool[] hidden)
    {
        var hiddenCells = cells.Where((_, i) => hidden[i]).ToList();
        if (hiddenCells.Count == 0) return false;
        if (hiddenCells.Count == 1) return true;
        return Enumerable.Range(0, cells[0].Length).Any(part => SmallNumbers.IsSmall(hiddenCells.Sum(c => c[part])));
    }

    private static int? NextSmallest(IReadOnlyList<int[]> cells, bool[] hidden) =>
        Enumerable.Range(0, cells.Count).Where(i => !hidden[i] && cells[i].Sum() > 0).OrderBy(i => cells[i].Sum()).Cast<int?>().FirstOrDefault();
}
