namespace CareMatch.SharedKernel.Email;

/// <summary>Sends an email. The host chooses how: a pickup folder by default, SMTP when configured.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

/// <summary>A plain-text email: readable by every mail client and screen reader.</summary>
public sealed record EmailMessage(string To, string Subject, string Body);
