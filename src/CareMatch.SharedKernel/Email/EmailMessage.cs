namespace CareMatch.SharedKernel.Email;

/// <summary>
/// A plain-text email: readable by every mail client and screen reader. <see cref="UnsubscribeUrl"/>,
/// when set, is sent as the List-Unsubscribe header (one click, RFC 8058), so mail clients can offer
/// their own unsubscribe button for it.
/// </summary>
public sealed record EmailMessage(string To, string Subject, string Body, string? UnsubscribeUrl = null);
