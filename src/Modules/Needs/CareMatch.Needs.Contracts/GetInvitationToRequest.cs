using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>What an emailed invitation offers, for the signed-in person holding its link; null when the link is not known.</summary>
[SentBy(Roles.Seeker)]
public sealed record GetInvitationToRequest(string Token) : IQuery<InvitationToRequest?>;
