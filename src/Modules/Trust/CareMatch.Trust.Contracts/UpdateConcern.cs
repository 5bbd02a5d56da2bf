using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>An admin moves a concern on and/or adds a note; at least one of the two. The raiser is told of a new status.</summary>
[SentBy(Roles.Admin)]
public sealed record UpdateConcern(Guid ConcernId, ConcernStatus? Status, string? Note) : ICommand;
