using CareMatch.Notifications.Delivery;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Notifications.Persistence;

internal sealed class SentOnceConfiguration : IEntityTypeConfiguration<SentOnce>
{
    public void Configure(EntityTypeBuilder<SentOnce> builder)
    {
        builder.ToTable("NotificationsSentOnce");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(SentOnce.KeyMaxLength);
    }
}
