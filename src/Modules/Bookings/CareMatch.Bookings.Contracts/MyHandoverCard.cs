namespace CareMatch.Bookings.Contracts;

/// <summary>A seeker's handover card as they see it. <see cref="UpdatedAt"/> is null until first saved; openings are newest first.</summary>
public sealed record MyHandoverCard(
    Guid RequestId,
    string? WhatMatters,
    string? Routines,
    string? Risks,
    string? AccessToHome,
    DateTimeOffset? UpdatedAt,
    IReadOnlyList<HandoverCardReading> Openings);
