using System.Collections;
using System.IO.Compression;
using System.Net;
using System.Text.Json;
using CareMatch.Accounts.Contracts;
using CareMatch.IntegrationTests.Bookings;
using CareMatch.IntegrationTests.Infrastructure;
using CareMatch.IntegrationTests.Matching;
using CareMatch.IntegrationTests.Migrations;
using CareMatch.IntegrationTests.Needs;
using CareMatch.IntegrationTests.Providers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace CareMatch.IntegrationTests.PersonalData;

/// <summary>
/// A seeker and a carer made through the product, with a booking between them: each downloads
/// their own rows of every personal table and nothing of the other; then both delete their
/// accounts, and no table of any module, nor the mail folder, still holds anything that
/// names either of them.
/// </summary>
public abstract class PersonalDataTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : CareMatchAppFactory
{
    private const string Skill = "MovingAndHandling";

    /// <summary>One scenario's people and every string that identifies them.</summary>
    private sealed record Scenario(
        string SeekerEmail, string SeekerUserId, HttpClient Seeker, string RecipientName, string AddressLine, string Notes, string Message, string SeekerPostcode,
        TestCarer Carer, string CarerName, string CarerPostcode, Guid BookingId, string HandoverAccess)
    {
        public string[] SeekerStrings => [SeekerEmail, SeekerUserId, RecipientName, AddressLine, Notes, Message, SeekerPostcode, HandoverAccess];

        public string[] CarerStrings => [Carer.Email, Carer.UserId, CarerName, CarerPostcode];
    }

    [Fact]
    public async Task Each_person_downloads_their_own_rows_of_every_personal_table_and_nothing_of_the_other()
    {
        var scenario = await BookedAsync(seekerPostcode: "LS1 4AP", carerPostcode: "LS6 2AB");

        var seekerData = await DownloadAsync(scenario.Seeker);
        AssertHasRows(seekerData, PersonalDataCatalogue.ProvenFor("seeker"));
        Assert.Contains(scenario.SeekerEmail, seekerData.Json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(scenario.AddressLine, seekerData.Json, StringComparison.Ordinal);
        Assert.Contains(scenario.Notes, seekerData.Json, StringComparison.Ordinal);
        AssertNone(seekerData.AllText, [scenario.Carer.Email, scenario.Carer.UserId, scenario.CarerPostcode]);

        var carerData = await DownloadAsync(scenario.Carer.Client);
        AssertHasRows(carerData, PersonalDataCatalogue.ProvenFor("carer"));
        Assert.Contains(scenario.Carer.Email, carerData.Json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(scenario.CarerPostcode, carerData.Json, StringComparison.OrdinalIgnoreCase);
        AssertNone(carerData.AllText, [scenario.SeekerEmail, scenario.SeekerUserId, scenario.AddressLine, scenario.SeekerPostcode, scenario.Notes, scenario.RecipientName]);

        // No secrets, whoever asks.
        foreach (var secret in new[] { "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "StorageKey" })
        {
            Assert.DoesNotContain(secret, seekerData.AllText, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, carerData.AllText, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Deleting_both_accounts_leaves_nothing_that_names_them_in_any_table_or_the_mail_folder()
    {
        var scenario = await BookedAsync(seekerPostcode: "LS6 1AA", carerPostcode: "LS6 3AB");
        Assert.NotEmpty(factory.EmailsTo(scenario.SeekerEmail));
        Assert.NotEmpty(factory.EmailsTo(scenario.Carer.Email));
        var before = await ScanAsync(scenario.SeekerStrings.Concat(scenario.CarerStrings).ToArray());
        Assert.Contains("AspNetUsers", before.Keys);
        Assert.Contains("CareRequests", before.Keys);
        Assert.Contains("CarerProfiles", before.Keys);
        Assert.Contains("Bookings", before.Keys);

        await DeleteAccountAsync(scenario.Seeker);
        await DeleteAccountAsync(scenario.Carer.Client);
        await factory.DrainOutboxAsync();

        var left = await ScanAsync(scenario.SeekerStrings.Concat(scenario.CarerStrings).ToArray());
        Assert.True(left.Count == 0, "Still there after deletion:\n" + string.Join("\n", left.Select(t => $"{t.Key}: {string.Join(" | ", t.Value)}")));
        Assert.Empty(factory.EmailsTo(scenario.SeekerEmail));
        Assert.Empty(factory.EmailsTo(scenario.Carer.Email));

        // The booking's history stays for the record, with neither person in it.
        var booking = await factory.InScopeAsync(services => services.GetRequiredService<CareMatch.Bookings.Persistence.BookingsDbContext>()
            .Bookings.AsNoTracking().SingleAsync(b => b.Id == scenario.BookingId));
        Assert.NotNull(booking.EndedAt);
        Assert.Equal(CareMatch.SharedKernel.PersonalData.PersonalDataErasure.DeletedUserId, booking.SeekerUserId);

        // Delivered again, the deletion changes nothing and fails nothing.
        await factory.DrainOutboxAsync();
        Assert.Empty(await ScanAsync(scenario.SeekerStrings.Concat(scenario.CarerStrings).ToArray()));
    }

    private async Task<Scenario> BookedAsync(string seekerPostcode, string carerPostcode)
    {
        var tag = Letters();
        var carerName = $"Carer{tag} Q.";
        var carer = await factory.CarerWithSkillAsync(carerName, carerPostcode, Skill);
        var (seekerEmail, seekerUserId) = await factory.RegisterAsync(AccountRoles.Seeker);
        var seeker = await factory.SignedInAsync(seekerEmail);
        var form = ShortlistSetup.RequestNeeding(Skill, seekerPostcode.ToLowerInvariant());
        var recipient = $"Ottoline{tag}";
        var address = $"{tag} Secret Gardens";
        var notes = $"Key safe {tag}; allergic to penicillin";
        form["Input.RecipientFirstName"] = recipient;
        form["Input.AddressLine"] = address;
        form["Input.CareNotes"] = notes;
        var requestId = await seeker.PostRequestAsync(form);
        var message = $"Mum loves {tag} roses.";
        var offerId = await seeker.InviteAsync(requestId, carer.ProfileId, message);
        await factory.DrainOutboxAsync();
        var thread = $"/Messages/{requestId}/{carer.ProfileId}";
        await seeker.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Text"] = $"Hello from the family: {message}" });
        await carer.Client.SubmitAsync(thread, new Dictionary<string, string> { ["Input.Text"] = $"Thank you, {carerName} here." });
        var bookingId = BookingSetup.BookingIdFrom(await carer.Client.OfferActionAsync("/Carer/Offers", "Accept", offerId));
        // The seeker writes a handover card and the carer opens it from a visit.
        var handoverAccess = $"Key box {tag} under the mat";
        Assert.Equal(HttpStatusCode.Redirect, (await seeker.SubmitAsync($"/Seeker/Requests/{requestId}/Handover", new Dictionary<string, string> { ["Input.AccessToHome"] = handoverAccess })).StatusCode);
        var visitId = BookingSetup.VisitIds(await carer.Client.GetStringAsync($"/Bookings/{bookingId}")).First();
        Assert.Contains(handoverAccess, await carer.Client.GetStringAsync($"/Visits/{visitId}/Handover"), StringComparison.Ordinal);
        await factory.DrainOutboxAsync();
        return new Scenario(seekerEmail, seekerUserId, seeker, recipient, address, notes, message, seekerPostcode, carer, carerName, carerPostcode, bookingId, handoverAccess);
    }

    private static string Letters() => new(Guid.NewGuid().ToString("N")[..10].Select(c => (char)('a' + Convert.ToInt32(c.ToString(), 16))).ToArray());

    private sealed record Download(string Json, string AllText, Dictionary<string, Dictionary<string, List<Dictionary<string, string?>>>> Data, IReadOnlyList<string> Files);

    private static async Task<Download> DownloadAsync(HttpClient client)
    {
        var response = await client.PostWithTokenFromAsync("/Account/Manage", "/Account/Manage?handler=DownloadData", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        using var zip = new ZipArchive(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), ZipArchiveMode.Read);
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in zip.Entries)
        {
            using var reader = new StreamReader(entry.Open());
            texts[entry.FullName] = await reader.ReadToEndAsync();
        }
        var json = texts["data.json"];
        var data = JsonSerializer.Deserialize<Dictionary<string, Dictionary<string, List<Dictionary<string, string?>>>>>(json)!;
        return new Download(json, string.Join("\n", texts.Values), data, texts.Keys.ToList());
    }

    private static void AssertHasRows(Download download, IEnumerable<TableEntry> tables)
    {
        foreach (var table in tables)
        {
            var rows = download.Data.Values.SelectMany(m => m).Where(t => t.Key == table.Table).SelectMany(t => t.Value).ToList();
            Assert.True(rows.Count > 0, $"The download has no rows of {table.Table} (exported by {table.ExportedBy}).");
            Assert.Contains(download.Files, f => f.EndsWith($"-{table.Table}.csv", StringComparison.Ordinal));
        }
    }

    private static void AssertNone(string text, IEnumerable<string> others)
    {
        foreach (var other in others) Assert.DoesNotContain(other, text, StringComparison.OrdinalIgnoreCase);
    }

    private static async Task DeleteAccountAsync(HttpClient client)
    {
        var deleted = await client.SubmitAsync("/Account/DeleteAccount", new Dictionary<string, string> { ["Input.Password"] = People.Password });
        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
    }

    /// <summary>Every row of every table of every module context, read raw: which tables hold any of these strings, and the cells that do.</summary>
    private Task<Dictionary<string, List<string>>> ScanAsync(string[] strings) => factory.InScopeAsync(async services =>
    {
        var found = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var contextType in ModuleContexts.All)
        {
            var context = (DbContext)services.GetRequiredService(contextType);
            var sqlite = context.Database.IsSqlite();
            var connection = context.Database.GetDbConnection();
            await context.Database.OpenConnectionAsync();
            try
            {
                var tables = context.Model.GetEntityTypes()
                    .Where(e => e.GetTableName() is not null)
                    .Select(e => (Schema: e.GetSchema(), Table: e.GetTableName()!))
                    .Distinct();
                foreach (var (schema, table) in tables)
                {
                    await using var command = connection.CreateCommand();
                    command.CommandText = sqlite || schema is null ? $"SELECT * FROM \"{table}\"" : $"SELECT * FROM \"{schema}\".\"{table}\"";
                    await using var reader = await command.ExecuteReaderAsync();
                    while (await reader.ReadAsync())
                    {
                        for (var i = 0; i < reader.FieldCount; i++)
                        {
                            var cell = Text(reader.GetValue(i));
                            var column = reader.GetName(i);
                            if (cell is null || !strings.Any(s => cell.Contains(s, StringComparison.OrdinalIgnoreCase) && !IsDeclaredPseudonym(table, column, cell, s))) continue;
                            if (!found.TryGetValue(table, out var cells)) found[table] = cells = [];
                            cells.Add($"{reader.GetName(i)}={cell}");
                        }
                    }
                }
            }
            finally
            {
                await context.Database.CloseConnectionAsync();
            }
        }
        return found;
    });

    /// <summary>The catalogue lets an audit trail keep a deleted account's bare id in named columns, and nothing else.</summary>
    private static bool IsDeclaredPseudonym(string table, string column, string cell, string text) =>
        Guid.TryParse(text, out _) && string.Equals(cell, text, StringComparison.OrdinalIgnoreCase)
        && PersonalDataCatalogue.Tables.Any(t => t.Table == table && t.PseudonymColumns.Contains(column));

    private static string? Text(object? value) => value switch
    {
        null or DBNull => null,
        string text => text,
        byte[] bytes => System.Text.Encoding.UTF8.GetString(bytes),
        IEnumerable many => string.Join(", ", many.Cast<object?>()),
        _ => value.ToString(),
    };
}

public sealed class PersonalDataOnSqlite(SqliteAppFactory factory) : PersonalDataTests<SqliteAppFactory>(factory);

public sealed class PersonalDataOnPostgreSql(PostgresAppFactory factory) : PersonalDataTests<PostgresAppFactory>(factory);
