using CareMatch.Web.Infrastructure.Demo.History;

namespace CareMatch.IntegrationTests.Demo;

/// <summary>The demo history's timeline: in order of time, on the moved clock, and nothing at or after its end.</summary>
public sealed class DemoTimelineTests
{
    [Fact]
    public async Task Steps_run_in_order_of_time_on_the_clock_and_those_from_the_end_on_are_left()
    {
        var time = new DemoTimeProvider(TimeProvider.System);
        var end = DateTimeOffset.UtcNow;
        var start = end.AddDays(-7);
        time.MoveTo(start);
        var timeline = new DemoTimeline(time);
        var seen = new List<(string Step, DateTimeOffset At)>();
        void Note(string step) => seen.Add((step, time.GetUtcNow()));

        timeline.At(start.AddDays(2), () => { Note("second"); return Task.CompletedTask; });
        timeline.At(start.AddDays(1), () =>
        {
            Note("first");
            // A step may plan later ones, and one planned for an instant already passed runs at once.
            timeline.At(start.AddDays(3), () => { Note("added"); return Task.CompletedTask; });
            timeline.At(start, () => { Note("late"); return Task.CompletedTask; });
            return Task.CompletedTask;
        });
        timeline.At(start.AddDays(2), () => { Note("second, same instant"); return Task.CompletedTask; });
        timeline.At(end, () => { Note("at the end"); return Task.CompletedTask; });
        timeline.At(end.AddDays(1), () => { Note("after the end"); return Task.CompletedTask; });

        await timeline.RunUntilAsync(end);

        Assert.Equal(["first", "late", "second", "second, same instant", "added"], seen.Select(s => s.Step).ToArray());
        Assert.Equal(5, timeline.Ran);
        Assert.All(seen.Zip(seen.Skip(1)), pair => Assert.True(pair.First.At <= pair.Second.At));
        Assert.InRange(seen.Single(s => s.Step == "second").At, start.AddDays(2), start.AddDays(2).AddSeconds(5));
        Assert.Equal(seen.Single(s => s.Step == "first").At, seen.Single(s => s.Step == "late").At, TimeSpan.FromSeconds(5));
    }
}
