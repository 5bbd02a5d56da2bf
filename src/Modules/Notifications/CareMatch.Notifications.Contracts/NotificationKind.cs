namespace CareMatch.Notifications.Contracts;

/// <summary>
/// What a notification is about. Each kind's emails can be turned off, except the safety kinds
/// (<see cref="NotificationKinds.IsSafety"/>). Stored by name, so values may be added anywhere.
/// </summary>
public enum NotificationKind
{
    /// <summary>A family invited a carer, or a carer applied to a family's request.</summary>
    Offer = 1,

    /// <summary>The other side accepted or declined an invitation or application.</summary>
    OfferAnswer,

    /// <summary>A booking was confirmed or ended, or one of its visits cancelled, covered or missed.</summary>
    Booking,

    /// <summary>A visit starts tomorrow (both sides).</summary>
    VisitReminder,

    /// <summary>A carer is asked to cover a visit another carer cancelled.</summary>
    CoverRequest,

    /// <summary>A payment or payout cannot go ahead until the person does something.</summary>
    PaymentAttention,

    /// <summary>A carer's daily list of new jobs that fit them.</summary>
    JobDigest,

    /// <summary>A new message in a conversation (sent by Trust).</summary>
    Message,

    /// <summary>A review about the person, or a reply to one (sent by Trust).</summary>
    Review,

    /// <summary>A safeguarding concern about the person or raised by them (sent by Trust). Safety: always sent.</summary>
    Safeguarding,

    /// <summary>Something about the account's security. Safety: always sent.</summary>
    AccountSecurity,
}
