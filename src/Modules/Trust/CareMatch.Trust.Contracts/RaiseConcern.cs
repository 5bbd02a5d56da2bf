using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>
/// A seeker or carer raises a safeguarding concern about a message, a person or a visit they are
/// party to (see <see cref="ConcernAbout"/>; anything else is not found). <see cref="Urgent"/>
/// (someone is in immediate danger) sends it at once to the council's adult safeguarding contact,
/// and every admin is told of it. Answers the concern's id.
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record RaiseConcern(ConcernAbout About, string? WhatHappened, bool? Urgent) : ICommand<Guid>;
