using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>The invited person, signed in with the invited email, takes up their access; answers the request's id.</summary>
[SentBy(Roles.Seeker)]
public sealed record AcceptInvitationToRequest(string Token) : ICommand<Guid>;
