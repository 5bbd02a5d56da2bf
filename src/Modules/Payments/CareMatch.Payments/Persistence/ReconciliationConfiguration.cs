using CareMatch.Payments.Reconciliation;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Payments.Persistence;

internal sealed class ReconciliationConfiguration :
    IEntityTypeConfiguration<StripeMovement>, IEntityTypeConfiguration<ReconciliationRun>, IEntityTypeConfiguration<ReconciliationDifference>
{
    public void Configure(EntityTypeBuilder<StripeMovement> builder)
    {
        builder.ToTable("StripeMovements");
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).HasMaxLength(255);
        builder.Property(m => m.Type).HasMaxLength(64);
        builder.Property(m => m.SourceId).HasMaxLength(255);
        builder.Property(m => m.Reference).HasMaxLength(255);
        builder.HasIndex(m => m.Reference);
    }

    public void Configure(EntityTypeBuilder<ReconciliationRun> builder)
    {
        builder.ToTable("ReconciliationRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.RanAt);
        builder.HasMany(r => r.Differences).WithOne().HasForeignKey(d => d.RunId).OnDelete(DeleteBehavior.Cascade);
    }

    public void Configure(EntityTypeBuilder<ReconciliationDifference> builder)
    {
        builder.ToTable("ReconciliationDifferences");
        builder.HasKey(d => d.Id);
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Reference).HasMaxLength(255);
    }
}
