using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>
/// The thread between a request's seeker and one carer, for either of them. Anyone else, and
/// any pair with no invitation or application between them, gets not found. Admins cannot
/// send this: they read a thread only through a concern that names it.
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record GetConversation(Guid RequestId, Guid CarerProfileId) : IQuery<ConversationView>;
