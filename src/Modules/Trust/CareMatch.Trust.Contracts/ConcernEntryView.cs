using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

public sealed record ConcernEntryView(DateTimeOffset At, string ByUserId, ConcernEntryKind Kind, string? Detail);
