using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>An admin takes a concern on (it becomes theirs), each change recorded in its trail.</summary>
[SentBy(Roles.Admin)]
public sealed record AssignConcernToMe(Guid ConcernId) : ICommand;
