using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>One visit's payment, for the visit's seeker or carer; null when nothing is due yet or it is not theirs.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record GetVisitPayment(Guid VisitId) : IQuery<VisitPaymentView?>;
