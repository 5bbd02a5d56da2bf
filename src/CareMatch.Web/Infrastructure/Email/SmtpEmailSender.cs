using System.Net;
using System.Net.Mail;
using CareMatch.SharedKernel.Email;

namespace CareMatch.Web.Infrastructure.Email;

/// <summary>Sends through the configured SMTP relay.</summary>
public sealed class SmtpEmailSender(EmailSettings settings) : IEmailSender
{
    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient(settings.SmtpHost, settings.SmtpPort) { EnableSsl = settings.SmtpEnableSsl };
        if (!string.IsNullOrEmpty(settings.SmtpUsername))
            client.Credentials = new NetworkCredential(settings.SmtpUsername, settings.SmtpPassword);
        using var mail = new MailMessage(new MailAddress(settings.From).Address, message.To, message.Subject, message.Body);
        mail.From = new MailAddress(settings.From);
        foreach (var (name, value) in UnsubscribeHeaders.Of(message)) mail.Headers.Add(name, value);
        await client.SendMailAsync(mail, cancellationToken);
    }
}
