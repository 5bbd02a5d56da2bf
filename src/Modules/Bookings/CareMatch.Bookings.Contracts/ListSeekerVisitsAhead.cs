using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>For Payments: a seeker's scheduled visits starting from a moment, which their personal budget is committed to.</summary>
[SentByModules]
public sealed record ListSeekerVisitsAhead(string SeekerUserId, DateTimeOffset StartingFrom) : IQuery<IReadOnlyList<VisitForPayment>>;
