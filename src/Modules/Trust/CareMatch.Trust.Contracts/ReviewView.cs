namespace CareMatch.Trust.Contracts;

/// <param name="HiddenReason">Set when an admin hid the review; it then counts for nothing and is shown to nobody else.</param>
public sealed record ReviewView(Guid ReviewId, int Stars, string Text, DateTimeOffset WrittenAt, string? Reply, string? HiddenReason);
