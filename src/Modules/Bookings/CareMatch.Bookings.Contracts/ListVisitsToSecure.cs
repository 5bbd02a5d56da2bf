using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>For Payments: scheduled visits starting in a window, whose payment it secures ahead of time.</summary>
[SentByModules]
public sealed record ListVisitsToSecure(DateTimeOffset StartingFrom, DateTimeOffset StartingBefore) : IQuery<IReadOnlyList<VisitForPayment>>;
