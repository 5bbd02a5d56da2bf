using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>
/// Before reporting a message: the council safeguarding phone number for the area of its request
/// (null when none is set). Not found for a message outside the asker's threads.
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record GetConcernHelp(Guid MessageId) : IQuery<ConcernHelp>;
