using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>The signed-in carer's paid visits grouped by the day the money should reach their bank, and their payout schedule.</summary>
[SentBy(Roles.Carer)]
public sealed record GetMyPayouts : IQuery<MyPayouts>;
