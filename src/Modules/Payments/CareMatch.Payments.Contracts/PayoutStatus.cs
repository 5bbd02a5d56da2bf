namespace CareMatch.Payments.Contracts;

/// <summary>Where a carer is in setting up how they are paid.</summary>
public enum PayoutStatus
{
    /// <summary>They have not started Stripe's onboarding.</summary>
    NotSetUp,

    /// <summary>They started, and Stripe still needs something before it can pay them.</summary>
    StripeNeedsMore,

    /// <summary>Stripe can pay them: they may be booked for paid work.</summary>
    Ready,
}
