using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

public sealed record ConcernRow(Guid Id, string Reference, DateTimeOffset RaisedAt, bool Urgent, ConcernStatus Status, bool Mine, bool Owned);
