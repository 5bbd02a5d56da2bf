using CareMatch.SharedKernel.Events;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Persistence;
using CareMatch.SharedKernel.Time;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.SharedKernel.Tests.Outbox;

public sealed record SomethingHappened(string What) : IntegrationEvent;

/// <summary>A module-like context with an outbox, over an in-memory SQLite database that lives as long as the connection.</summary>
public sealed class OutboxTestContext(DbContextOptions<OutboxTestContext> options) : DbContext(options)
{
    public static OutboxTestContext Create(SqliteConnection connection, params Microsoft.EntityFrameworkCore.Diagnostics.IInterceptor[] interceptors)
    {
        var context = new OutboxTestContext(new DbContextOptionsBuilder<OutboxTestContext>()
            .UseSqlite(connection).AddInterceptors(interceptors).Options);
        return context;
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimesPortably(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder) => modelBuilder.AddOutbox("Test");
}

public sealed class FixedClock(DateTimeOffset now) : IClock
{
    public DateTimeOffset UtcNow { get; set; } = now;
}
