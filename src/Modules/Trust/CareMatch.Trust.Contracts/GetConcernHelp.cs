using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>
/// Before raising a concern: what it would be about, in words, and the council safeguarding phone
/// number for its area (null when none is set). Not found for anything the asker may not raise a
/// concern about (see <see cref="ConcernAbout"/>).
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record GetConcernHelp(ConcernAbout About) : IQuery<ConcernHelp>;
