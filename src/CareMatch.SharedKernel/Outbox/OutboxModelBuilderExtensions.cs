using Microsoft.EntityFrameworkCore;

namespace CareMatch.SharedKernel.Outbox;

public static class OutboxModelBuilderExtensions
{
    /// <summary>
    /// Maps the module's outbox and handled-event tables. The prefix keeps table names
    /// unique across modules, because SQLite has no schemas.
    /// </summary>
    public static ModelBuilder AddOutbox(this ModelBuilder modelBuilder, string tablePrefix)
    {
        modelBuilder.Entity<OutboxMessage>(message =>
        {
            message.ToTable($"{tablePrefix}OutboxMessages");
            message.HasKey(m => m.Id);
            message.Property(m => m.Type).HasMaxLength(300);
            message.Property(m => m.LastError).HasMaxLength(2000);
            message.HasIndex(m => new { m.ProcessedAt, m.OccurredAt });
        });
        modelBuilder.Entity<HandledEvent>(handled =>
        {
            handled.ToTable($"{tablePrefix}HandledEvents");
            handled.HasKey(h => new { h.EventId, h.Consumer });
            handled.Property(h => h.Consumer).HasMaxLength(200);
        });
        return modelBuilder;
    }
}
