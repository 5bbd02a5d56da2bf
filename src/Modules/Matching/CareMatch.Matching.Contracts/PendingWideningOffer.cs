namespace CareMatch.Matching.Contracts;

public sealed record PendingWideningOffer(Guid RequestId, string Sector, DateTimeOffset OfferedAt);
