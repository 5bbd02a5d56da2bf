using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Bookings.Contracts;

/// <summary>
/// The seeker writes (or rewrites) the handover card of one of their own requests: the person
/// cared for, in a few lines, for a carer meeting them. Every part is optional. Anyone else's
/// request is not found.
/// </summary>
[SentBy(Roles.Seeker)]
public sealed record SaveHandoverCard(Guid RequestId, string? WhatMatters, string? Routines, string? Risks, string? AccessToHome) : ICommand;
