namespace CareMatch.Web.Infrastructure.Demo.History;

/// <summary>
/// The system's time plus an offset that <see cref="DemoHistory"/> sets to a day in the past and
/// moves forward step by step, so the past happens through the modules' own commands and tasks,
/// each stamping the time it believes it is. The offset never goes back to the past once moved
/// on, and <see cref="Return"/> always ends at the real time. Only registered when demo seeding
/// can run (see <see cref="DemoTimeRegistration"/>).
/// </summary>
public sealed class DemoTimeProvider(TimeProvider system) : TimeProvider
{
    private long _offsetTicks;

    public override DateTimeOffset GetUtcNow() => system.GetUtcNow() + Offset;

    public override TimeZoneInfo LocalTimeZone => system.LocalTimeZone;

    public TimeSpan Offset => TimeSpan.FromTicks(Interlocked.Read(ref _offsetTicks));

    /// <summary>The real time, whatever the demo's time is.</summary>
    public DateTimeOffset RealNow => system.GetUtcNow();

    /// <summary>Whether the clock is shifted, so a second history cannot start inside a first.</summary>
    public bool Shifted => Offset != TimeSpan.Zero;

    /// <summary>Makes it <paramref name="instant"/>: earlier than now only from the real time, later only forwards.</summary>
    public void MoveTo(DateTimeOffset instant)
    {
        var now = GetUtcNow();
        if (Shifted && instant < now) throw new InvalidOperationException($"The demo clock only moves forward: it is {now:O}, not {instant:O}.");
        if (instant > system.GetUtcNow()) throw new InvalidOperationException($"The demo clock never runs ahead of the real time ({instant:O}).");
        Interlocked.Exchange(ref _offsetTicks, (instant - system.GetUtcNow()).Ticks);
    }

    /// <summary>Back to the real time.</summary>
    public void Return() => Interlocked.Exchange(ref _offsetTicks, 0);
}
