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
        builder.Property(p => p.Email).HasMaxLength(256);
        builder.Property(p => p.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(p => p.DisplayName).HasMaxLength(CarerProfileRules.MaxDisplayNameLength);
        builder.Property(p => p.HomePostcode).HasMaxLength(8);
        builder.Property(p => p.HomeSector).HasMaxLength(6);
        builder.Property(p => p.Bio).HasMaxLength(CarerProfileRules.MaxBioLength);
        builder.Property(p => p.Qualifications).HasMaxLength(CarerProfileRules.MaxQualificationsLength);
        builder.Property(p => p.Gender).HasConversion<string>().HasMaxLength(20);
        // Enum lists are stored by name (JSON or arrays, as the provider prefers), so the
        // taxonomy can grow without renumbering what is saved.
        builder.PrimitiveCollection(p => p.CareTypes).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(p => p.Skills).ElementType().HasConversion<string>();
        builder.PrimitiveCollection(p => p.Languages);

        builder.OwnsMany(p => p.Slots, slots =>
        {
            slots.ToTable("CarerWeeklySlots");
            slots.WithOwner().HasForeignKey("ProfileId");
            slots.Property<int>("Id");
            slots.HasKey("Id");
            slots.Property(s => s.Day).HasConversion<string>().HasMaxLength(10);
        });
        builder.OwnsMany(p => p.TimeOff, timeOff =>
        {
            timeOff.ToTable("CarerTimeOff");
            timeOff.WithOwner().HasForeignKey("ProfileId");
            timeOff.Property<int>("Id");
            timeOff.HasKey("Id");
        });
        builder.HasMany(p => p.Credentials).WithOne().HasForeignKey(c => c.ProfileId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Credentials).HasField("_credentials").UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
