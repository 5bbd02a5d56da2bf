namespace CareMatch.Payments.Contracts;

/// <summary>Where a seeker's bank dispute stands: still being decided, or decided for or against us.</summary>
public enum DisputeState
{
    Open,
    Won,
    Lost,
}
