using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>One visit, for its carer or its seeker only.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record GetVisit(Guid VisitId) : IQuery<VisitView>;
