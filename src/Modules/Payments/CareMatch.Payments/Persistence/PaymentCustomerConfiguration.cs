using CareMatch.Payments.Cards;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Payments.Persistence;

internal sealed class PaymentCustomerConfiguration : IEntityTypeConfiguration<PaymentCustomer>
{
    public void Configure(EntityTypeBuilder<PaymentCustomer> builder)
    {
        builder.ToTable("PaymentCustomers");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.SeekerUserId).HasMaxLength(450);
        builder.HasIndex(c => c.SeekerUserId).IsUnique();
        builder.Property(c => c.GatewayCustomerId).HasMaxLength(255);
        builder.HasIndex(c => c.GatewayCustomerId).IsUnique();
        builder.Property(c => c.PendingSetupId).HasMaxLength(255);
        builder.Property(c => c.PaymentMethodId).HasMaxLength(255);
        builder.Property(c => c.CardBrand).HasMaxLength(32);
        builder.Property(c => c.CardLast4).HasMaxLength(4);
    }
}
