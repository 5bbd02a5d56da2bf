using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>The last nightly comparison of the books with Stripe; null before the first run.</summary>
[SentBy(Roles.Admin)]
public sealed record GetReconciliation : IQuery<ReconciliationView?>;
