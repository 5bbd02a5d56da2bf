using CareMatch.Payments.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Payments.Persistence;

internal sealed class PersonalBudgetConfiguration :
    IEntityTypeConfiguration<PersonalBudget>, IEntityTypeConfiguration<BudgetDraw>, IEntityTypeConfiguration<CouncilInvoice>,
    IEntityTypeConfiguration<BudgetCredit>
{
    public void Configure(EntityTypeBuilder<PersonalBudget> builder)
    {
        builder.ToTable("PersonalBudgets");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.CouncilName).HasMaxLength(200);
        builder.Property(b => b.SeekerUserId).HasMaxLength(450);
        builder.Property(b => b.OfferedByUserId).HasMaxLength(450);
        builder.Property(b => b.CaseReference).HasMaxLength(OfferPersonalBudgetValidator.MaxCaseReferenceLength);
        builder.HasIndex(b => b.SeekerUserId);
        builder.HasIndex(b => b.CouncilId);
    }

    public void Configure(EntityTypeBuilder<BudgetDraw> builder)
    {
        builder.ToTable("BudgetDraws");
        builder.HasKey(d => d.VisitId);
        builder.Property(d => d.VisitId).ValueGeneratedNever();
        builder.HasIndex(d => d.BudgetId);
        builder.Property(d => d.InvoiceNumber).HasMaxLength(32);
        builder.HasIndex(d => d.InvoiceNumber);
    }

    public void Configure(EntityTypeBuilder<BudgetCredit> builder)
    {
        builder.ToTable("BudgetCredits");
        builder.HasKey(c => c.RefundId);
        builder.Property(c => c.RefundId).ValueGeneratedNever();
        builder.HasIndex(c => c.BudgetId);
        builder.HasIndex(c => c.VisitId);
        builder.Property(c => c.InvoiceNumber).HasMaxLength(32);
        builder.HasIndex(c => c.InvoiceNumber);
    }

    public void Configure(EntityTypeBuilder<CouncilInvoice> builder)
    {
        builder.ToTable("CouncilInvoices");
        builder.HasKey(i => i.Number);
        builder.Property(i => i.Number).HasMaxLength(32);
        builder.Property(i => i.StripeCustomerId).HasMaxLength(255);
        builder.Property(i => i.StripeInvoiceId).HasMaxLength(255);
        builder.Property(i => i.PayAtUrl).HasMaxLength(2048);
        builder.Property(i => i.PaymentChargeId).HasMaxLength(255);
        builder.HasIndex(i => i.CouncilId);
        builder.HasIndex(i => i.StripeInvoiceId);
        builder.HasIndex(i => i.PaymentChargeId);
    }
}
