namespace CareMatch.Trust.Contracts;

/// <summary>
/// One concern for an admin. People are named (<see cref="RaisedBy"/>, <see cref="Owner"/>, the
/// trail's actors), never shown by account id. <see cref="About"/> says what it is about and
/// <see cref="AboutLink"/> is an admin page to follow for it (a carer's profile), never a thread
/// or an address; a message's thread is read only through <see cref="ReadConcernThread"/>.
/// </summary>
public sealed record ConcernDetail(
    Guid Id,
    string Reference,
    DateTimeOffset RaisedAt,
    bool Urgent,
    ConcernStatus Status,
    string RaisedBy,
    string? Owner,
    ConcernSubject Subject,
    string About,
    string? AboutLink,
    string District,
    string WhatHappened,
    IReadOnlyList<ConcernEntryView> Trail);
