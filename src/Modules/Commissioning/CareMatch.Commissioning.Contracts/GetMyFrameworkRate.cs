using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Commissioning.Contracts;

/// <summary>The hourly rate, in pence, the signed-in commissioner's council's framework pays; null when it is not set (or they have no council yet).</summary>
[SentBy(Roles.Commissioner)]
public sealed record GetMyFrameworkRate : IQuery<long?>;
