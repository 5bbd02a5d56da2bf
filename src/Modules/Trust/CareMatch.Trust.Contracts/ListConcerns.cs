using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>The admins' queue: every concern, open ones first, urgent first, newest first.</summary>
[SentBy(Roles.Admin)]
public sealed record ListConcerns : IQuery<IReadOnlyList<ConcernRow>>;
