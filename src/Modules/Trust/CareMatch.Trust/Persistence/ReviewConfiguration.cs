using CareMatch.Trust.Contracts;
using CareMatch.Trust.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Trust.Persistence;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("Reviews");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Author).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.AuthorUserId).HasMaxLength(450);
        builder.Property(r => r.HiddenByUserId).HasMaxLength(450);
        builder.Property(r => r.Text).HasMaxLength(ReviewLimits.MaxTextLength);
        builder.Property(r => r.Reply).HasMaxLength(ReviewLimits.MaxReplyLength);
        builder.Property(r => r.HiddenReason).HasMaxLength(ReviewLimits.MaxHideReasonLength);
        // One review per side per booking, whatever two requests race.
        builder.HasIndex(r => new { r.RoundId, r.Author }).IsUnique();
        builder.HasIndex(r => r.Flagged);
        builder.Ignore(r => r.Hidden);
        builder.HasOne<ReviewRound>().WithMany().HasForeignKey(r => r.RoundId).OnDelete(DeleteBehavior.Cascade);
    }
}
