using CareMatch.Commissioning.Councils;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Commissioning.Persistence;

internal sealed class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> builder)
    {
        builder.ToTable("Councils");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Name).HasMaxLength(CouncilRules.MaxNameLength);
        builder.HasIndex(c => c.Name).IsUnique();
        builder.HasMany(c => c.Districts).WithOne().HasForeignKey(d => d.CouncilId);
        builder.Navigation(c => c.Districts).HasField("_districts");
    }
}
