namespace CareMatch.Commissioning.Contracts;

/// <summary>What a host needs to drive Commissioning by hand (after a rebuild, or seeding the demo): its nightly roll-up's task id, and the name its outbox goes by.</summary>
public static class CommissioningTasks
{
    public const string RollupTaskId = "commissioning-rollup";

    /// <summary>The module's schema, which is also how its outbox publisher names it.</summary>
    public const string OutboxModule = "commissioning";
}
