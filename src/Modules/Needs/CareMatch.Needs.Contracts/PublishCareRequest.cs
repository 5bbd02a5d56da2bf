using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>The seeker publishes their draft so carers can see it.</summary>
[SentBy(Roles.Seeker)]
public sealed record PublishCareRequest(Guid RequestId) : ICommand;
