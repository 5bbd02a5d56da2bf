using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Payments.Contracts;

/// <summary>After a lost dispute, an admin finds the carer at fault: their share of what the bank took back is reversed.</summary>
[SentBy(Roles.Admin)]
public sealed record FindCarerAtFault(string DisputeId, string? Reason) : ICommand;
