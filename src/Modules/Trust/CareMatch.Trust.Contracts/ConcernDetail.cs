using CareMatch.SharedKernel.Authorization;
using Mediator;

namespace CareMatch.Trust.Contracts;

public sealed record ConcernDetail(
    Guid Id,
    string Reference,
    DateTimeOffset RaisedAt,
    bool Urgent,
    ConcernStatus Status,
    string RaisedByUserId,
    string? OwnerUserId,
    string District,
    string WhatHappened,
    IReadOnlyList<ConcernEntryView> Trail);
