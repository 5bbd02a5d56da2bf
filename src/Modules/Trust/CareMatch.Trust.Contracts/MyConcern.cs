namespace CareMatch.Trust.Contracts;

public sealed record MyConcern(Guid Id, string Reference, DateTimeOffset RaisedAt, bool Urgent, ConcernStatus Status, DateTimeOffset? CouncilEmailedAt, string About);
