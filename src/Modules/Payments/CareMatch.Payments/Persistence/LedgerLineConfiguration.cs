using CareMatch.Payments.Ledger;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Payments.Persistence;

internal sealed class LedgerLineConfiguration : IEntityTypeConfiguration<LedgerLine>
{
    public void Configure(EntityTypeBuilder<LedgerLine> builder)
    {
        builder.ToTable("LedgerLines");
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedOnAdd();
        builder.Property(l => l.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.Account).HasConversion<string>().HasMaxLength(32);
        builder.Property(l => l.Reference).HasMaxLength(100);
        builder.HasIndex(l => l.EntryId);
        builder.HasIndex(l => l.Reference);
    }
}
