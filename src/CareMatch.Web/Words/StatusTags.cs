using CareMatch.Bookings.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Providers.Contracts;

namespace CareMatch.Web.Words;

#pragma warning disable CS8524 // see CareRequestWords: every value is named, numbers outside the enum never reach a page

/// <summary>The tag for each status a person sees: the words come from the words classes, the colour from here only.</summary>
public static class StatusTags
{
    public static StatusTag For(CareRequestStatus status) => new(CareRequestWords.Of(status), status switch
    {
        CareRequestStatus.Draft or CareRequestStatus.Closed => TagColour.Grey,
        CareRequestStatus.Open => TagColour.Blue,
        CareRequestStatus.Booked => TagColour.Green,
        CareRequestStatus.Cancelled or CareRequestStatus.Expired => TagColour.Red,
    });

    public static StatusTag For(AccessStatus status) => new(ActingWords.Of(status), status switch
    {
        AccessStatus.Invited => TagColour.Blue,
        AccessStatus.HasAccess => TagColour.Green,
        AccessStatus.Withdrawn or AccessStatus.InvitationExpired => TagColour.Grey,
    });

    public static StatusTag For(OfferStatus status) => new(BookingWords.Of(status), status switch
    {
        OfferStatus.Pending => TagColour.Blue,
        OfferStatus.Accepted => TagColour.Green,
        OfferStatus.Declined or OfferStatus.Taken => TagColour.Red,
        OfferStatus.Withdrawn or OfferStatus.Expired => TagColour.Grey,
    });

    public static StatusTag For(VisitStatus status) => new(BookingWords.Of(status), status switch
    {
        VisitStatus.Scheduled or VisitStatus.CheckedIn => TagColour.Blue,
        VisitStatus.Completed => TagColour.Green,
        VisitStatus.Missed or VisitStatus.Cancelled => TagColour.Red,
    });

    public static StatusTag For(CoverStatus status) => new(BookingWords.Of(status), status switch
    {
        CoverStatus.Searching => TagColour.Blue,
        CoverStatus.AwaitingApproval => TagColour.Yellow,
        CoverStatus.Filled => TagColour.Green,
        CoverStatus.Unfilled => TagColour.Red,
    });

    /// <summary>A credential's tag also says when nothing was sent or what was sent has expired.</summary>
    public static StatusTag For(CredentialView credential) => credential switch
    {
        { Submitted: false } => new("Not sent", TagColour.Grey),
        { Expired: true } => new("Expired", TagColour.Red),
        { State: { } state } => For(state),
        _ => For(CredentialState.AwaitingReview),
    };

    public static StatusTag For(CredentialState state) => new(CredentialWords.Of(state), state switch
    {
        CredentialState.AwaitingReview => TagColour.Blue,
        CredentialState.Verified => TagColour.Green,
        CredentialState.Rejected => TagColour.Red,
    });

    public static StatusTag For(PayoutStatus status) => new(PayoutWords.Of(status), status switch
    {
        PayoutStatus.NotSetUp => TagColour.Grey,
        PayoutStatus.StripeNeedsMore => TagColour.Yellow,
        PayoutStatus.Ready => TagColour.Green,
    });

    /// <summary>Whether seekers can book a carer, as the carer and admins see it.</summary>
    public static StatusTag Bookability(bool bookable) =>
        bookable ? new("Bookable", TagColour.Green) : new("Not bookable yet", TagColour.Grey);

    /// <summary>A carer's public profile, as seekers see it (only bookable carers have one).</summary>
    public static StatusTag VerifiedAndBookable { get; } = new("Verified and bookable", TagColour.Green);

    public static StatusTag Account(bool suspended) =>
        suspended ? new("Suspended", TagColour.Red) : new("Active", TagColour.Green);

    /// <summary>A job alert the carer has not marked as read.</summary>
    public static StatusTag Unread { get; } = new("New", TagColour.Blue);

    /// <summary>A carer offered because the seeker accepted a wider search.</summary>
    public static StatusTag BeyondUsualTravel { get; } = new("A little beyond their usual distance", TagColour.Yellow);

    public static StatusTag For(VisitPaymentStatus status) => new(PaymentWords.Of(status), status switch
    {
        VisitPaymentStatus.NotYetDue or VisitPaymentStatus.NothingCharged => TagColour.Grey,
        VisitPaymentStatus.NotSecured => TagColour.Red,
        VisitPaymentStatus.Secured or VisitPaymentStatus.BeingPaid => TagColour.Blue,
        VisitPaymentStatus.Paid => TagColour.Green,
    });

    public static StatusTag For(DisputeState state) => new(PaymentWords.Of(state), state switch
    {
        DisputeState.Open => TagColour.Yellow,
        DisputeState.Won => TagColour.Green,
        DisputeState.Lost => TagColour.Red,
    });

    public static StatusTag For(BudgetStatus status) => new(BudgetWords.Of(status), status switch
    {
        BudgetStatus.Offered => TagColour.Yellow,
        BudgetStatus.Active => TagColour.Green,
        BudgetStatus.Declined or BudgetStatus.Ended => TagColour.Grey,
    });

    /// <summary>A budget's balance held: inside 4 to 8 weeks as hoped, outside it for the council to check.</summary>
    public static StatusTag For(BalanceHeld held) => new(BudgetWords.Of(held), held switch
    {
        BalanceHeld.FourToEightWeeks => TagColour.Green,
        BalanceHeld.UnderFourWeeks or BalanceHeld.OverEightWeeks or BalanceHeld.NoCareBookedAhead => TagColour.Yellow,
    });

    /// <summary>A review an admin hid: grey, as it no longer counts.</summary>
    public static StatusTag HiddenReview { get; } = new("Hidden", TagColour.Grey);
}
