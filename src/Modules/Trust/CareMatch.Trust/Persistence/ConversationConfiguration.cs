using CareMatch.Trust.Messages;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Trust.Persistence;

internal sealed class ConversationConfiguration : IEntityTypeConfiguration<Conversation>
{
    public void Configure(EntityTypeBuilder<Conversation> builder)
    {
        builder.ToTable("Conversations");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.SeekerUserId).HasMaxLength(450);
        builder.Property(c => c.CarerName).HasMaxLength(100);
        builder.Property(c => c.Sector).HasMaxLength(8);
        // One thread per request and carer, whoever wrote first and however many offers passed between them.
        builder.HasIndex(c => new { c.RequestId, c.CarerProfileId }).IsUnique();
        builder.HasIndex(c => c.SeekerUserId);
        builder.HasIndex(c => c.CarerProfileId);
        builder.HasIndex(c => c.BookingId);
        builder.Ignore(c => c.Booked);
    }
}
