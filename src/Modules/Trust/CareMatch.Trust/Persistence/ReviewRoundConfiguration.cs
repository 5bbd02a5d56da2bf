using CareMatch.Trust.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Trust.Persistence;

internal sealed class ReviewRoundConfiguration : IEntityTypeConfiguration<ReviewRound>
{
    public void Configure(EntityTypeBuilder<ReviewRound> builder)
    {
        builder.ToTable("ReviewRounds");
        builder.HasKey(r => r.Id);
        builder.HasIndex(r => r.BookingId).IsUnique();
        builder.HasIndex(r => r.CarerProfileId);
        builder.HasIndex(r => r.SeekerUserId);
        // The hourly question: which rounds are due to be published?
        builder.HasIndex(r => new { r.PublishedAt, r.PublishesAt });
        builder.Property(r => r.SeekerUserId).HasMaxLength(450);
        builder.Property(r => r.CarerName).HasMaxLength(100);
        builder.Property(r => r.Sector).HasMaxLength(8);
        builder.Ignore(r => r.Published);
    }
}
