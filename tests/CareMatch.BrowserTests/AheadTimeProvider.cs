namespace CareMatch.BrowserTests;

/// <summary>
/// The real clock, moved on by what the tests ask: a visit that should last an hour is checked
/// out an hour after check-in, as the app sees it, without the test waiting an hour.
/// </summary>
public sealed class AheadTimeProvider : TimeProvider
{
    private long _aheadTicks;

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow().AddTicks(Interlocked.Read(ref _aheadTicks));

    public void MoveOn(TimeSpan by) => Interlocked.Add(ref _aheadTicks, by.Ticks);

    /// <summary>Moves on to <paramref name="instant"/>, or stays if the clock is past it already (it never goes back).</summary>
    public void MoveOnTo(DateTimeOffset instant)
    {
        var by = instant - GetUtcNow();
        if (by > TimeSpan.Zero) MoveOn(by);
    }
}
