using CareMatch.Trust.Contracts;
using CareMatch.Trust.Safeguarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Trust.Persistence;

internal sealed class ConcernEntryConfiguration : IEntityTypeConfiguration<ConcernEntry>
{
    public void Configure(EntityTypeBuilder<ConcernEntry> builder)
    {
        builder.ToTable("SafeguardingConcernEntries");
        builder.HasKey(e => e.Id);
        builder.Property(e => e.ByUserId).HasMaxLength(450);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(24);
        builder.Property(e => e.Detail).HasMaxLength(SafeguardingText.MaxNoteLength);
        builder.HasIndex(e => e.ConcernId);
        builder.HasOne<Concern>().WithMany().HasForeignKey(e => e.ConcernId).OnDelete(DeleteBehavior.Cascade);
    }
}
