using Microsoft.EntityFrameworkCore;

namespace CareMatch.ArchitectureTests.BadExamples.Persistence;

/// <summary>An invoice with its money in every wrong shape, and one right one.</summary>
public sealed class Invoice
{
    public Guid Id { get; set; }

    /// <summary>Bad: decimal money.</summary>
    public decimal Amount { get; set; }

    /// <summary>Bad: floating point money.</summary>
    public double Discount { get; set; }

    /// <summary>Bad: floating point money, nullable.</summary>
    public float? Tip { get; set; }

    /// <summary>Good: integer pence.</summary>
    public long AmountPence { get; set; }

    /// <summary>Good: a coordinate is not money.</summary>
    public double Latitude { get; set; }
}

/// <summary>Bad twice: money as decimal/double/float, and no default schema of its own.</summary>
public sealed class InvoicesDbContext(DbContextOptions<InvoicesDbContext> options) : DbContext(options)
{
    public DbSet<Invoice> Invoices => Set<Invoice>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.Entity<Invoice>().ToTable("Invoices");
}
