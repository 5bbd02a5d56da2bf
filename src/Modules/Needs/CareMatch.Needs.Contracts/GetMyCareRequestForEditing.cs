using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>The seeker's own request as the edit form shows it, with whether it may still be edited.</summary>
[SentBy(Roles.Seeker)]
public sealed record GetMyCareRequestForEditing(Guid RequestId) : IQuery<EditableCareRequest>;
