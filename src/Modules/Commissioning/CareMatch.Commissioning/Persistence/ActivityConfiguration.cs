using CareMatch.Commissioning.Activity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Commissioning.Persistence;

internal sealed class ActivityConfiguration : IEntityTypeConfiguration<RequestFact>, IEntityTypeConfiguration<BookingFact>, IEntityTypeConfiguration<VisitFact>, IEntityTypeConfiguration<CarerFact>
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
        builder.Property(f => f.Obstacle).HasMaxLength(30);
        builder.Property(f => f.MostOftenMissed).HasMaxLength(40);
        builder.HasIndex(f => new { f.District, f.PostedAt });
    }

    public void Configure(EntityTypeBuilder<BookingFact> builder)
    {
        builder.ToTable("BookingFacts");
        builder.HasKey(b => b.BookingId);
        builder.Property(b => b.BookingId).ValueGeneratedNever();
    }

    public void Configure(EntityTypeBuilder<VisitFact> builder)
    {
        builder.ToTable("VisitFacts");
        builder.HasKey(v => v.VisitId);
        builder.Property(v => v.VisitId).ValueGeneratedNever();
        builder.Property(v => v.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(v => new { v.RequestId, v.DueAt });
        builder.HasIndex(v => v.DueAt);
        // Visits not given (missed, or cancelled by the carer and not covered) are a few in a hundred of a
        // large council's million: with every column their hours are counted from in this index, PostgreSQL
        // finds and counts them from the index alone, never visiting the table's scattered pages.
        builder.HasIndex(v => new { v.Outcome, v.DueAt, v.RequestId, v.CoverFilledAfterMinutes, v.PlannedMinutes }, "IX_VisitFacts_NotGiven");
    }

    public void Configure(EntityTypeBuilder<CarerFact> builder)
    {
        builder.ToTable("CarerFacts");
        builder.HasKey(c => c.CarerProfileId);
        builder.Property(c => c.CarerProfileId).ValueGeneratedNever();
        builder.Property(c => c.District).HasMaxLength(4);
        builder.Property(c => c.CareTypes).HasMaxLength(400);
        builder.HasIndex(c => c.District);
    }
}
