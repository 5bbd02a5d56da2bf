namespace CareMatch.SharedKernel.Email;

/// <summary>A plain-text email: readable by every mail client and screen reader.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);
