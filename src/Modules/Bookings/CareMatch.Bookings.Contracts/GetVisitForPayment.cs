using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>For Payments (and Notifications, to say whose visit and when): one visit as it stands now, or null if there is no such visit.</summary>
[SentByModules]
public sealed record GetVisitForPayment(Guid VisitId) : IQuery<VisitForPayment?>;
