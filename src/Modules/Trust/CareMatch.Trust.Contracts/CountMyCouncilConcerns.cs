using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>
/// The signed-in commissioner's council's concerns as counts only, never words or people. Counts
/// from 1 to <see cref="SuppressedBelow"/> minus one are shown as suppressed (null).
/// </summary>
[SentBy(Roles.Commissioner)]
public sealed record CountMyCouncilConcerns : IQuery<ConcernCounts>;
