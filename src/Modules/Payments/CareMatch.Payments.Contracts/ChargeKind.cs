namespace CareMatch.Payments.Contracts;

public enum ChargeKind
{
    /// <summary>The hours the carer gave, in quarter hours, never above what was planned.</summary>
    CareGiven = 1,

    /// <summary>The seeker cancelled with under 48 hours' notice: a share of the planned care.</summary>
    LateCancellation,
}
