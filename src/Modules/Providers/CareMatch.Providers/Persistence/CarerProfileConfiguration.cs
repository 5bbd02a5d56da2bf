using CareMatch.Providers.Profiles;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Providers.Persistence;

internal sealed class CarerProfileConfiguration : IEntityTypeConfiguration<CarerProfile>
{
    public void Configure(EntityTypeBuilder<CarerProfile> builder)
    {
        builder.ToTable("CarerProfiles");
        builder.HasKey(p => p.Id);
        builder.Property(p => p.UserId).HasMaxLength(450);
        builder.HasIndex(p => p.UserId).IsUnique();
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.DisplayName).HasMaxLength(CarerProfileRules.MaxDisplayNameLength);
        builder.Property(p => p.HomePostcode).HasMaxLength(8);
        builder.Property(p => p.HomeSector).HasMaxLength(6);
    }
}
