namespace CareMatch.Commissioning.Rollup;

/// <summary>One completed nightly roll-up: when its figures were counted, which is what open data's freshness promise is measured by.</summary>
internal sealed class RollupRun
{
    private RollupRun()
    {
    }

    public Guid Id { get; private set; }

    public DateTimeOffset StartedAt { get; private set; }

    public DateTimeOffset FinishedAt { get; private set; }

    public int Rows { get; private set; }

    public static RollupRun Finished(DateTimeOffset startedAt, DateTimeOffset finishedAt, int rows) =>
        new() { Id = Guid.NewGuid(), StartedAt = startedAt, FinishedAt = finishedAt, Rows = rows };
}
