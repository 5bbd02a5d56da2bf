using CareMatch.Needs.Contracts;
using CareMatch.Needs.Requests;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Needs.Persistence;

internal sealed class CareRequestConfiguration : IEntityTypeConfiguration<CareRequest>
{
    public void Configure(EntityTypeBuilder<CareRequest> builder)
    {
        builder.ToTable("CareRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.SeekerUserId).HasMaxLength(450);
        builder.HasIndex(r => new { r.SeekerUserId, r.CreatedAt });
        // The expiry task's question: which open requests have passed their dates?
        builder.HasIndex(r => new { r.Status, r.EndDate });

        // Enums by name, so the tables read plainly and reordering members cannot corrupt data.
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RecipientAgeBand).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.RecipientRelationship).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.GenderPreference).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.CarerGender).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Schedule).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Funding).HasConversion<string>().HasMaxLength(20);

        builder.Property(r => r.RecipientFirstName).HasMaxLength(50);
        builder.Property(r => r.PosterName).HasMaxLength(ActingLimits.NameLength);
        builder.Property(r => r.CareNotes).HasMaxLength(2000);
        builder.Property(r => r.CancellationReason).HasMaxLength(500);
        builder.Property(r => r.Postcode).HasMaxLength(8);
        builder.Property(r => r.Sector).HasMaxLength(6);
        builder.Property(r => r.District).HasMaxLength(4);
        builder.Property(r => r.AddressLine).HasMaxLength(200);

        builder.PrimitiveCollection(r => r.CareTypes).ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(r => r.RequiredSkills).ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(r => r.PreferredSkills).ElementType(e => e.HasConversion<string>());
        builder.PrimitiveCollection(r => r.Languages);

        // Slots are only ever read and replaced with their request, so one JSON column serves.
        builder.OwnsMany(r => r.Slots, slots =>
        {
            slots.ToJson("Slots");
            slots.Property(s => s.Day).HasConversion<string>();
        });
    }
}
