namespace CareMatch.Trust.Contracts;

/// <param name="HiddenReason">Set when an admin hid the review; it then counts for nothing and is shown to nobody else.</param>
/// <param name="WrittenBy">
/// Which of the family wrote a family review ("you", "Jane Smith (attorney)"): set only for the
/// family's own side, never on the carer's pages or the public one.
/// </param>
public sealed record ReviewView(Guid ReviewId, int Stars, string Text, DateTimeOffset WrittenAt, string? Reply, string? HiddenReason, string? WrittenBy = null);
