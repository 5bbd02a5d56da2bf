using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// Either side cancels one scheduled visit. A seeker's cancellation with less than
/// <see cref="VisitTerms.LateCancellationNotice"/> before the start is marked late (Payments may charge for it); a carer's counts against reliability.
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record CancelVisit(Guid VisitId, string? Reason) : ICommand;
