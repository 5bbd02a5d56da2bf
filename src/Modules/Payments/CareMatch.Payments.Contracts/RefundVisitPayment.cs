using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>
/// An admin gives money back to the seeker for a visit: <see cref="Amount"/> as typed (pounds), with
/// a reason, and whether the carer was at fault (only then is the carer's share taken back).
/// </summary>
[SentBy(Roles.Admin)]
public sealed record RefundVisitPayment(Guid VisitId, string? Amount, string? Reason, bool? CarerAtFault) : ICommand;
