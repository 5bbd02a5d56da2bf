using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>The signed-in carer's payout set-up: how far it has got and what Stripe still needs.</summary>
[SentBy(Roles.Carer)]
public sealed record GetMyPayoutAccount : IQuery<MyPayoutAccount>;
