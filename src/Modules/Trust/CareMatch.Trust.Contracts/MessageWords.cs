namespace CareMatch.Trust.Contracts;

/// <summary>What a thread says about masking, and the names it uses, written once for every page.</summary>
public static class MessageWords
{
    public const string TheFamily = "The family";

    public const string You = "You";

    public const string MaskedUntilBooked =
        "Phone numbers, email addresses and links are hidden in these messages until a booking is confirmed, to keep you both safe and covered by CareMatch's checks and payments. Attachments cannot be sent.";

    public const string ShownNowBooked =
        "You have a confirmed booking, so phone numbers, email addresses and links in these messages are shown.";
}
