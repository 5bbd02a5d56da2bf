using CareMatch.Payments.Disputes;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Payments.Persistence;

internal sealed class PaymentDisputeConfiguration : IEntityTypeConfiguration<PaymentDispute>
{
    public void Configure(EntityTypeBuilder<PaymentDispute> builder)
    {
        builder.ToTable("PaymentDisputes");
        builder.HasKey(d => d.DisputeId);
        builder.Property(d => d.DisputeId).HasMaxLength(255);
        builder.Property(d => d.ChargeId).HasMaxLength(255);
        builder.Property(d => d.Reason).HasMaxLength(100);
        builder.Property(d => d.Status).HasMaxLength(32);
        builder.HasIndex(d => d.VisitId);
    }
}
