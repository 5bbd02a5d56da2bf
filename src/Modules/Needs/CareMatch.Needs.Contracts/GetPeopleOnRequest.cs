using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>Who may act on a request, for anyone who may act on it themselves.</summary>
[SentBy(Roles.Seeker)]
public sealed record GetPeopleOnRequest(Guid RequestId) : IQuery<PeopleOnRequest>;
