using System.Globalization;
using System.Text;
using CareMatch.SharedKernel.Email;

namespace CareMatch.Web.Infrastructure.Email;

/// <summary>Writes each email as an .eml file (newest sorts last), openable in any mail client.</summary>
public sealed class PickupFolderEmailSender(EmailSettings settings, IWebHostEnvironment environment, TimeProvider time) : IEmailSender
{
    public string Folder => Path.GetFullPath(Path.Combine(environment.ContentRootPath, settings.PickupFolder));

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var now = time.GetUtcNow();
        var file = Path.Combine(Folder, $"{now:yyyyMMddTHHmmssfffffff}-{Guid.NewGuid():N}.eml");
        var text = new StringBuilder()
            .Append("From: ").Append(settings.From).Append("\r\n")
            .Append("To: ").Append(message.To).Append("\r\n")
            .Append("Subject: ").Append(message.Subject).Append("\r\n")
            .Append("Date: ").Append(now.ToString("r", CultureInfo.InvariantCulture)).Append("\r\n");
        foreach (var (name, value) in UnsubscribeHeaders.Of(message)) text.Append(name).Append(": ").Append(value).Append("\r\n");
        text.Append("Content-Type: text/plain; charset=utf-8\r\n\r\n")
            .Append(message.Body.ReplaceLineEndings("\r\n"));
        await File.WriteAllTextAsync(file, text.ToString(), cancellationToken);
    }

    /// <summary>Deletes every email in the folder addressed to that address (a deleted account's).</summary>
    public int ForgetMailTo(string address)
    {
        if (!Directory.Exists(Folder)) return 0;
        var forgotten = 0;
        foreach (var file in Directory.EnumerateFiles(Folder, "*.eml"))
        {
            var to = File.ReadLines(file).Take(10).FirstOrDefault(line => line.StartsWith("To: ", StringComparison.Ordinal));
            if (to is null || !string.Equals(to["To: ".Length..].Trim(), address.Trim(), StringComparison.OrdinalIgnoreCase)) continue;
            File.Delete(file);
            forgotten++;
        }
        return forgotten;
    }
}
