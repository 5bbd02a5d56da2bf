namespace CareMatch.Bookings.Handover;

/// <summary>
/// A short care plan for the person one care request is for, written by that request's seeker
/// for the carers who meet them. One per request (the request id is the key).
/// </summary>
internal sealed class HandoverCard
{
    private HandoverCard()
    {
    }

    public Guid RequestId { get; private set; }

    public string SeekerUserId { get; private set; } = string.Empty;

    public string? WhatMatters { get; private set; }

    public string? Routines { get; private set; }

    public string? Risks { get; private set; }

    /// <summary>How to get in (a key safe, a neighbour with a key): for the visit's carer's eyes only.</summary>
    public string? AccessToHome { get; private set; }

    public DateTimeOffset UpdatedAt { get; private set; }

    public bool Written => WhatMatters is not null || Routines is not null || Risks is not null || AccessToHome is not null;

    public static HandoverCard For(Guid requestId, string seekerUserId) => new() { RequestId = requestId, SeekerUserId = seekerUserId };

    public void Write(string? whatMatters, string? routines, string? risks, string? accessToHome, DateTimeOffset now) =>
        (WhatMatters, Routines, Risks, AccessToHome, UpdatedAt) = (Tidy(whatMatters), Tidy(routines), Tidy(risks), Tidy(accessToHome), now);

    private static string? Tidy(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
