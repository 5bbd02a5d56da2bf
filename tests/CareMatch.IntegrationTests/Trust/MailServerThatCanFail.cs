using CareMatch.SharedKernel.Email;
using CareMatch.Web.Infrastructure.Email;

namespace CareMatch.IntegrationTests.Trust;

/// <summary>The pickup folder, except that mail to <see cref="DownFor"/> throws as an SMTP server that is down would.</summary>
public sealed class MailServerThatCanFail(PickupFolderEmailSender folder) : IEmailSender
{
    /// <summary>The address whose mail fails, or null when the server is up.</summary>
    public string? DownFor { get; set; }

    public int Refused { get; private set; }

    public Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        if (!string.Equals(message.To, DownFor, StringComparison.OrdinalIgnoreCase)) return folder.SendAsync(message, cancellationToken);
        Refused++;
        throw new System.Net.Mail.SmtpException(System.Net.Mail.SmtpStatusCode.ServiceNotAvailable, "Mail server down (test)");
    }
}
