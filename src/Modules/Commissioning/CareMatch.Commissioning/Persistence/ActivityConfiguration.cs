using CareMatch.Commissioning.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Commissioning.Persistence;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<RequestFact>, IEntityTypeConfiguration<BookingFact>
{
    public void Configure(EntityTypeBuilder<RequestFact> builder)
    {
        builder.ToTable("RequestFacts");
        builder.HasKey(f => f.RequestId);
        builder.Property(f => f.RequestId).ValueGeneratedNever();
        builder.Property(f => f.District).HasMaxLength(4);
        builder.Property(f => f.CareTypes).HasMaxLength(400);
        builder.Property(f => f.AgeBand).HasConversion<string>().HasMaxLength(20);
        builder.Property(f => f.Funding).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(f => new { f.District, f.PostedAt });
    }

    public void Configure(EntityTypeBuilder<BookingFact> builder)
    {
        builder.ToTable("BookingFacts");
        builder.HasKey(b => b.BookingId);
        builder.Property(b => b.BookingId).ValueGeneratedNever();
    }
}
