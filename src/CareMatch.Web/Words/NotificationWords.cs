using CareMatch.Notifications.Contracts;

namespace CareMatch.Web.Words;

#pragma warning disable CS8524 // see CareRequestWords: every value is named, numbers outside the enum never reach a page

/// <summary>Each kind of notification as a person reads it in their settings ("emails about …"), and what an unsubscribe link did.</summary>
public static class NotificationWords
{
    public static string Of(NotificationKind kind) => kind switch
    {
        NotificationKind.Offer => "Invitations and applications",
        NotificationKind.OfferAnswer => "Answers to your invitations and applications",
        NotificationKind.Booking => "Bookings, and visits cancelled, covered or missed",
        NotificationKind.VisitReminder => "Visit reminders the day before",
        NotificationKind.CoverRequest => "Requests to cover a visit",
        NotificationKind.PaymentAttention => "Payments that need you",
        NotificationKind.JobDigest => "Daily list of new jobs that fit you",
        NotificationKind.Message => "New messages",
        NotificationKind.Review => "Reviews",
        NotificationKind.Safeguarding => "Safeguarding concerns",
        NotificationKind.AccountSecurity => "Your account's security",
    };

    public static string Of(UnsubscribeOutcome outcome) => outcome switch
    {
        UnsubscribeOutcome.TurnedOff => "You have unsubscribed",
        UnsubscribeOutcome.AlreadyOff => "You had already unsubscribed",
        UnsubscribeOutcome.NotValid => "This unsubscribe link is not valid",
    };
}
