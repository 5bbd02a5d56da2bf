using CareMatch.Needs.Acting;
using CareMatch.Needs.Contracts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Needs.Persistence;

internal sealed class RequestAccessConfiguration : IEntityTypeConfiguration<RequestAccess>
{
    public void Configure(EntityTypeBuilder<RequestAccess> builder)
    {
        builder.ToTable("RequestAccesses");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.Name).HasMaxLength(ActingLimits.NameLength);
        builder.Property(a => a.Email).HasMaxLength(ActingLimits.EmailLength);
        builder.Property(a => a.Role).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.InvitedByUserId).HasMaxLength(450);
        builder.Property(a => a.UserId).HasMaxLength(450);
        builder.Property(a => a.EndedByUserId).HasMaxLength(450);
        builder.Property(a => a.TokenHash).HasMaxLength(64);
        builder.HasIndex(a => a.TokenHash).IsUnique();
        builder.HasIndex(a => a.RequestId);
        // Every seeker page asks "which requests may this person act on?".
        builder.HasIndex(a => a.UserId);
        builder.HasOne<Requests.CareRequest>().WithMany().HasForeignKey(a => a.RequestId).OnDelete(DeleteBehavior.Cascade);
    }
}
