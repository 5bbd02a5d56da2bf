using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Needs.Contracts;

/// <summary>
/// The person who posted a request, or the person it is for, invites someone to act on it with a
/// stated role. They are emailed a link that only the account with that email address can accept.
/// <paramref name="YourName"/> is how the inviter is shown to the people on the request.
/// </summary>
[SentBy(Roles.Seeker)]
public sealed record InviteToRequest(Guid RequestId, string? YourName, string? TheirName, string? TheirEmail, ActingRole? Role) : ICommand;
