using CareMatch.Payments.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Payments.Persistence;

internal sealed class CarerPayoutConfiguration : IEntityTypeConfiguration<CarerPayout>
{
    public void Configure(EntityTypeBuilder<CarerPayout> builder)
    {
        builder.ToTable("CarerPayouts");
        builder.HasKey(p => p.PayoutId);
        builder.Property(p => p.PayoutId).HasMaxLength(255);
        builder.Property(p => p.GatewayAccountId).HasMaxLength(255);
        builder.Property(p => p.Status).HasMaxLength(32);
        builder.HasIndex(p => p.GatewayAccountId);
    }
}
