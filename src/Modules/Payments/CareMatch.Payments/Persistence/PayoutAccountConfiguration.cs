using CareMatch.Payments.Payouts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Payments.Persistence;

internal sealed class PayoutAccountConfiguration : IEntityTypeConfiguration<PayoutAccount>
{
    public void Configure(EntityTypeBuilder<PayoutAccount> builder)
    {
        builder.ToTable("PayoutAccounts");
        builder.HasKey(a => a.Id);
        builder.Property(a => a.CarerUserId).HasMaxLength(450);
        builder.HasIndex(a => a.CarerUserId).IsUnique();
        builder.HasIndex(a => a.CarerProfileId).IsUnique();
        builder.Property(a => a.GatewayAccountId).HasMaxLength(255);
        builder.HasIndex(a => a.GatewayAccountId).IsUnique();
        builder.Property(a => a.StillDue).HasMaxLength(4000);
        builder.Property(a => a.Interval).HasConversion<string>().HasMaxLength(16);
        builder.Property(a => a.WeeklyAnchor).HasConversion<string>().HasMaxLength(16);
    }
}
