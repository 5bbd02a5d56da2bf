namespace CareMatch.Providers.Contracts;

public sealed record CarerAwaitingVerification(Guid ProfileId, string? DisplayName, string? Email, int AwaitingReview, DateTimeOffset OldestSubmittedAt);
