namespace CareMatch.Web.Infrastructure.Demo.History;

/// <summary>
/// Steps at instants, run in order of time (and, at one instant, in the order they were added),
/// moving the demo clock to each one first. A step may add later steps. A step due before the
/// clock's time (planned late) runs at once, at the clock's time.
/// </summary>
public sealed class DemoTimeline(DemoTimeProvider time)
{
    private readonly PriorityQueue<Func<Task>, (DateTimeOffset At, long Order)> _steps = new();
    private long _added;

    public int Ran { get; private set; }

    public void At(DateTimeOffset instant, Func<Task> step) => _steps.Enqueue(step, (instant, _added++));

    /// <summary>Runs every step due before <paramref name="end"/>; later ones are dropped (the real app does them).</summary>
    public async Task RunUntilAsync(DateTimeOffset end)
    {
        while (_steps.TryDequeue(out var step, out var due))
        {
            if (due.At >= end) continue;
            if (due.At > time.GetUtcNow()) time.MoveTo(due.At);
            await step();
            Ran++;
        }
    }
}
