using Microsoft.EntityFrameworkCore;

namespace CareMatch.ArchitectureTests.BadExamples.Persistence;

public sealed class Squatter
{
    public Guid Id { get; set; }
}

/// <summary>
/// Bad: takes the Providers module's schema and one of its table names. SQLite has no schemas,
/// so both modules would write to the same table.
/// </summary>
public sealed class SquattingDbContext(DbContextOptions<SquattingDbContext> options) : DbContext(options)
{
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema("providers");
        modelBuilder.Entity<Squatter>().ToTable("CarerProfiles");
    }
}
