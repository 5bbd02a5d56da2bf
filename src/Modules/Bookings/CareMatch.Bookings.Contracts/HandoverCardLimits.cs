namespace CareMatch.Bookings.Contracts;

/// <summary>How long each part of a handover card may be: short enough to read on a doorstep, public so the form's hints say the same.</summary>
public static class HandoverCardLimits
{
    public const int WhatMatters = 1000;

    public const int Routines = 2000;

    public const int Risks = 1000;

    public const int AccessToHome = 500;
}
