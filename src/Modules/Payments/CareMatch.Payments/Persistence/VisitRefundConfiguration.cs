using CareMatch.Payments.Refunding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Payments.Persistence;

internal sealed class VisitRefundConfiguration : IEntityTypeConfiguration<VisitRefund>
{
    public void Configure(EntityTypeBuilder<VisitRefund> builder)
    {
        builder.ToTable("VisitRefunds");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Reason).HasMaxLength(RefundRules.MaxReasonLength);
        builder.Property(r => r.DisputeId).HasMaxLength(255);
        builder.Property(r => r.AdminUserId).HasMaxLength(450);
        builder.Property(r => r.RefundId).HasMaxLength(255);
        builder.Property(r => r.ReversalId).HasMaxLength(255);
        builder.Property(r => r.LastError).HasMaxLength(500);
        builder.HasIndex(r => r.VisitId);
        builder.HasIndex(r => new { r.Done, r.NextAttemptAt });
    }
}
