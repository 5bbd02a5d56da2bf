namespace CareMatch.SharedKernel.Email;

/// <summary>Sends an email. The host chooses how: a pickup folder by default, SMTP when configured.</summary>
public interface IEmailSender
{
    Task SendAsync(EmailMessage message, CancellationToken cancellationToken);
}
