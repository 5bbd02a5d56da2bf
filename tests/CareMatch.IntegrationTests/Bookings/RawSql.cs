using CareMatch.Bookings.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.IntegrationTests.Bookings;

/// <summary>Writes a visit straight into the table, past every check in the application, as an operator's script might.</summary>
internal static class RawSql
{
    public static Task<int> InsertVisitAsync(BookingsDbContext db, Guid bookingId, Guid carerProfileId, DateTimeOffset start, DateTimeOffset end)
    {
        var sqlite = db.Database.IsSqlite();
        var sql = sqlite ? InsertInto("\"Visits\"") : InsertInto("bookings.\"Visits\"");
        // SQLite keeps times as UTC ticks and Guids as upper-case text, as the model's conventions write them.
        object Time(DateTimeOffset t) => sqlite ? t.UtcTicks : t;
        object Id(Guid g) => sqlite ? g.ToString().ToUpperInvariant() : g;
        return db.Database.ExecuteSqlRawAsync(sql, Id(Guid.NewGuid()), Id(bookingId), Id(carerProfileId), Time(start), Time(end));
    }

    private static string InsertInto(string table) =>
        "INSERT INTO " + table + " (\"Id\", \"BookingId\", \"CarerProfileId\", \"StartsAt\", \"EndsAt\", \"Status\", \"ApprovedAutomatically\", \"LateCancellation\") " +
        "VALUES ({0}, {1}, {2}, {3}, {4}, 'Scheduled', FALSE, FALSE)";
}
