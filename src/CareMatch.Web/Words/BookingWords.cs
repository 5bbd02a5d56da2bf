using CareMatch.Bookings.Contracts;

namespace CareMatch.Web.Words;

#pragma warning disable CS8524 // see CareRequestWords: every value is named, numbers outside the enum never reach a page

/// <summary>The words for offers, visits and cover, as both sides read them.</summary>
public static class BookingWords
{
    public static string Of(OfferKind kind) => kind switch
    {
        OfferKind.Invitation => "Invitation",
        OfferKind.Application => "Application",
    };

    public static string Of(OfferStatus status) => status switch
    {
        OfferStatus.Pending => "Waiting for an answer",
        OfferStatus.Accepted => "Accepted",
        OfferStatus.Declined => "Declined",
        OfferStatus.Withdrawn => "Withdrawn",
        OfferStatus.Expired => "Expired",
        OfferStatus.Taken => "Booked with someone else",
    };

    public static string Of(VisitStatus status) => status switch
    {
        VisitStatus.Scheduled => "Scheduled",
        VisitStatus.CheckedIn => "Checked in",
        VisitStatus.Completed => "Completed",
        VisitStatus.Missed => "Missed",
        VisitStatus.Cancelled => "Cancelled",
    };

    public static string Of(CoverStatus status) => status switch
    {
        CoverStatus.Searching => "Looking for a carer",
        CoverStatus.AwaitingApproval => "Waiting for your answer",
        CoverStatus.Filled => "Covered",
        CoverStatus.Unfilled => "Not covered",
    };

    public static string Of(CancelledBy who) => who switch
    {
        CancelledBy.Seeker => "the family",
        CancelledBy.Carer => "the carer",
    };
}
