using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>The signed-in person's visits from <paramref name="From"/> for <paramref name="Days"/> days: a carer's calendar, or a seeker's "who is coming".</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record ListMyVisits(DateOnly From, int Days = 28) : IQuery<IReadOnlyList<VisitView>>;
