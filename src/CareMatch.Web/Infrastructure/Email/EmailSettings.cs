namespace CareMatch.Web.Infrastructure.Email;

/// <summary>The <c>Email</c> section. With no SMTP host, emails are written to a pickup folder for people (and tests) to read.</summary>
public sealed class EmailSettings
{
    public const string Section = "Email";

    public string From { get; set; } = "CareMatch <no-reply@carematch.example>";

    /// <summary>Where emails go when there is no SMTP host. Relative paths sit under the app's content root.</summary>
    public string PickupFolder { get; set; } = "App_Data/mail";

    public string? SmtpHost { get; set; }

    public int SmtpPort { get; set; } = 587;

    public bool SmtpEnableSsl { get; set; } = true;

    public string? SmtpUsername { get; set; }

    public string? SmtpPassword { get; set; }
}
