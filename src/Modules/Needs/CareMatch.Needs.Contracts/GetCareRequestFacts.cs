using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>
/// A request's public facts whatever its status (a booked request is no longer open, but its
/// cover carers are still matched to it). No caller check: nothing private is in the facts.
/// </summary>
[SentByModules]
public sealed record GetCareRequestFacts(Guid RequestId) : IQuery<CareRequestFacts?>;
