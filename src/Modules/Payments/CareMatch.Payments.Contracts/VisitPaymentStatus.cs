namespace CareMatch.Payments.Contracts;

/// <summary>Where one visit's money is, as the seeker and the carer are told it.</summary>
public enum VisitPaymentStatus
{
    /// <summary>Too far ahead to hold yet: about 48 hours before, the planned amount is held on the card.</summary>
    NotYetDue = 1,

    /// <summary>The hold was tried and did not succeed; see the problem. It is tried again.</summary>
    NotSecured,

    /// <summary>The planned amount is held on the seeker's card; nothing is taken until the visit is approved.</summary>
    Secured,

    /// <summary>Approved (or cancelled late): the amount is being taken and the carer paid.</summary>
    BeingPaid,

    /// <summary>The seeker was charged and the carer's share sent to their Stripe account.</summary>
    Paid,

    /// <summary>Nothing was charged: the visit was cancelled in time, by the carer, or did not happen.</summary>
    NothingCharged,
}
