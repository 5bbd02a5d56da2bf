namespace CareMatch.SharedKernel.Outbox;

/// <summary>An integration event waiting in its module's outbox table to be published.</summary>
public sealed class OutboxMessage
{
    public Guid Id { get; init; }

    /// <summary>"Namespace.Type, Assembly", without version, so a redeploy can still read old rows.</summary>
    public required string Type { get; init; }

    public required string Payload { get; init; }

    public DateTimeOffset OccurredAt { get; init; }

    public DateTimeOffset? ProcessedAt { get; set; }

    public int Attempts { get; set; }

    public string? LastError { get; set; }
}
