using System.IO.Compression;
using System.Text;
using System.Text.Json;
using CareMatch.Accounts.Contracts;
using CareMatch.Bookings.Contracts;
using CareMatch.Commissioning.Contracts;
using CareMatch.Matching.Contracts;
using CareMatch.Needs.Contracts;
using CareMatch.Notifications.Contracts;
using CareMatch.Payments.Contracts;
using CareMatch.Providers.Contracts;
using CareMatch.SharedKernel.PersonalData;
using CareMatch.Web.Infrastructure.Downloads;
using Mediator;

namespace CareMatch.Web.Infrastructure.PersonalData;

/// <summary>
/// "Download your data": asks each module that holds personal data for the signed-in person's
/// rows (one contract query each; every handler takes the person from ICurrentUser, never from
/// the request) and writes them as one ZIP: data.json with everything by module and table, and
/// one CSV per table.
/// </summary>
public sealed class PersonalDataDownload(ISender sender)
{
    public const string FileName = "carematch-your-data.zip";

    private static readonly JsonSerializerOptions Json = new() { WriteIndented = true };

    public async Task<IReadOnlyList<ModuleDataExport>> GatherAsync(CancellationToken cancellationToken) =>
    [
        await sender.Send(new ExportMyAccountData(), cancellationToken),
        await sender.Send(new ExportMyNeedsData(), cancellationToken),
        await sender.Send(new ExportMyProvidersData(), cancellationToken),
        await sender.Send(new ExportMyMatchingData(), cancellationToken),
        await sender.Send(new ExportMyBookingsData(), cancellationToken),
        await sender.Send(new ExportMyCommissioningData(), cancellationToken),
        await sender.Send(new ExportMyPaymentsData(), cancellationToken),
        await sender.Send(new CareMatch.Trust.Contracts.ExportMyTrustData(), cancellationToken),
        await sender.Send(new ExportMyNotificationsData(), cancellationToken),
    ];

    public async Task<byte[]> ZipAsync(CancellationToken cancellationToken) => Zip(await GatherAsync(cancellationToken));

    public static byte[] Zip(IReadOnlyList<ModuleDataExport> modules)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            var everything = modules.ToDictionary(
                m => m.Module,
                m => m.Tables.ToDictionary(t => t.Table, t => t.Rows));
            Write(zip, "data.json", JsonSerializer.Serialize(everything, Json), byteOrderMark: false);
            foreach (var module in modules)
            {
                foreach (var table in module.Tables.Where(t => t.Rows.Count > 0))
                    Write(zip, $"{module.Module}-{table.Table}.csv", Csv.Write(table.Rows), byteOrderMark: true);
            }
        }
        return buffer.ToArray();
    }

    /// <summary>CSVs start with a byte order mark so spreadsheets read them as UTF-8.</summary>
    private static void Write(ZipArchive zip, string name, string text, bool byteOrderMark)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var stream = entry.Open();
        using var writer = new StreamWriter(stream, new UTF8Encoding(byteOrderMark));
        writer.Write(text);
    }
}
