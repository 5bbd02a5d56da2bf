using CareMatch.Commissioning.Rollup;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Commissioning.Persistence;

internal sealed class RollupConfiguration : IEntityTypeConfiguration<MonthlyFigures>, IEntityTypeConfiguration<RollupRun>
{
    public void Configure(EntityTypeBuilder<MonthlyFigures> builder)
    {
        builder.ToTable("MonthlyFigures");
        builder.HasKey(f => new { f.CouncilId, f.Month, f.District });
        builder.Property(f => f.District).HasMaxLength(4);
    }

    public void Configure(EntityTypeBuilder<RollupRun> builder)
    {
        builder.ToTable("RollupRuns");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.HasIndex(r => r.FinishedAt);
    }
}
