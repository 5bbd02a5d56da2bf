using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>The signed-in seeker's or carer's visit payments, newest visit first.</summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record ListMyPayments : IQuery<IReadOnlyList<VisitPaymentView>>;
