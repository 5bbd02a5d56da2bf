namespace CareMatch.Payments.Contracts;

/// <summary>Why a visit's money could not move yet; each has one fix, said on the page.</summary>
public enum PaymentProblem
{
    NoCard = 1,
    CardDeclined,

    /// <summary>The bank wants the seeker to confirm the payment themselves (strong customer authentication).</summary>
    BankWantsTheSeeker,

    /// <summary>The carer's Stripe account cannot take payments at the moment.</summary>
    CarerCannotBePaid,
}
