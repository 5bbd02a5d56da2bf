using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

/// <summary>
/// A seeker or carer raises a safeguarding concern about a message in a thread they are part of
/// (anyone else gets not found). <see cref="Urgent"/> (someone is in immediate danger) sends it at
/// once to the council's adult safeguarding contact. Answers the concern's id.
/// </summary>
[SentBy(Roles.Seeker, Roles.Carer)]
public sealed record RaiseConcern(Guid MessageId, string? WhatHappened, bool? Urgent) : ICommand<Guid>;
