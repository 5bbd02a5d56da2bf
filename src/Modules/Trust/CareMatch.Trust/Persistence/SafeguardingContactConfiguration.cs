using CareMatch.Trust.Contracts;
using CareMatch.Trust.Safeguarding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Trust.Persistence;

internal sealed class SafeguardingContactConfiguration : IEntityTypeConfiguration<SafeguardingContact>
{
    public void Configure(EntityTypeBuilder<SafeguardingContact> builder)
    {
        builder.ToTable("SafeguardingContacts");
        builder.HasKey(c => c.CouncilId);
        builder.Property(c => c.Email).HasMaxLength(256);
        builder.Property(c => c.Phone).HasMaxLength(32);
        builder.Property(c => c.UpdatedByUserId).HasMaxLength(450);
    }
}
