namespace CareMatch.Matching.Engine.Ranking;

/// <summary>
/// The lists a query fills as it scans (near misses, carers who failed a rule), kept per thread
/// and emptied for each query instead of grown from nothing: in a busy area they hold a few
/// thousand entries, and regrowing them was most of what a query allocated.
/// </summary>
/// <remarks>
/// A query runs start to finish on one thread and nothing it calls starts another, so one set
/// per thread is never shared. A query's lists are only read before <see cref="CarerMatcher.Rank"/> returns.
/// </remarks>
internal sealed class RunScratch
{
    [ThreadStatic]
    private static RunScratch? _forThread;

    public List<int> NearMisses { get; } = [];

    public List<(int Slot, byte Filter)> Failed { get; } = [];

    /// <summary>Per availability pattern, how many carers failed on it alone; zero except at <see cref="FailedPatterns"/>.</summary>
    public int[] FailuresByPattern { get; private set; } = [];

    /// <summary>The patterns with a count in <see cref="FailuresByPattern"/>, so emptying it touches only those.</summary>
    public List<int> FailedPatterns { get; } = [];

    /// <summary>This thread's lists, emptied, with room for patterns numbered below <paramref name="patternLimit"/>.</summary>
    public static RunScratch Take(int patternLimit)
    {
        var scratch = _forThread ??= new RunScratch();
        scratch.NearMisses.Clear();
        scratch.Failed.Clear();

        // Cleared here, not when a query ends, so a query that threw leaves nothing behind.
        foreach (var pattern in scratch.FailedPatterns) scratch.FailuresByPattern[pattern] = 0;
        scratch.FailedPatterns.Clear();
        if (scratch.FailuresByPattern.Length < patternLimit) scratch.FailuresByPattern = new int[Math.Max(patternLimit, scratch.FailuresByPattern.Length * 2)];
        return scratch;
    }
}
