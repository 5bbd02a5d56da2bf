using CareMatch.Payments.Visits;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Payments.Persistence;

internal sealed class VisitPaymentConfiguration : IEntityTypeConfiguration<VisitPayment>
{
    public void Configure(EntityTypeBuilder<VisitPayment> builder)
    {
        builder.ToTable("VisitPayments");
        builder.HasKey(p => p.VisitId);
        builder.Property(p => p.VisitId).ValueGeneratedNever();
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.SeekerUserId).HasMaxLength(450);
        builder.Property(p => p.CarerUserId).HasMaxLength(450);
        builder.HasIndex(p => p.SeekerUserId);
        builder.HasIndex(p => p.CarerUserId);
        builder.HasIndex(p => new { p.Done, p.NextAttemptAt });
        builder.Property(p => p.Problem).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.ChargeKind).HasConversion<string>().HasMaxLength(32);
        builder.Property(p => p.DeclineCode).HasMaxLength(100);
        builder.Property(p => p.LastError).HasMaxLength(500);
        builder.Property(p => p.HoldKey).HasMaxLength(100);
        builder.Property(p => p.HoldId).HasMaxLength(255);
        builder.Property(p => p.ChargeId).HasMaxLength(255);
        builder.Property(p => p.TransferId).HasMaxLength(255);
    }
}
