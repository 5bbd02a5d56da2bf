using CareMatch.Payments.Webhooks;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Payments.Persistence;

internal sealed class ReceivedStripeEventConfiguration : IEntityTypeConfiguration<ReceivedStripeEvent>
{
    public void Configure(EntityTypeBuilder<ReceivedStripeEvent> builder)
    {
        builder.ToTable("ReceivedStripeEvents");
        builder.HasKey(e => e.EventId);
        builder.Property(e => e.EventId).HasMaxLength(255);
        builder.Property(e => e.Type).HasMaxLength(100);
    }
}
