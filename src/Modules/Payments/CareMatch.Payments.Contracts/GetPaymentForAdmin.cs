using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>Null when the visit has no payment.</summary>
[SentBy(Roles.Admin)]
public sealed record GetPaymentForAdmin(Guid VisitId) : IQuery<AdminPaymentDetail?>;
