using CareMatch.Payments.Budgets;
using CareMatch.Payments.Cards;
using CareMatch.Payments.Disputes;
using CareMatch.Payments.Ledger;
using CareMatch.Payments.Payouts;
using CareMatch.Payments.Reconciliation;
using CareMatch.Payments.Refunding;
using CareMatch.Payments.Visits;
using CareMatch.Payments.Webhooks;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Payments.Persistence;

internal sealed class PaymentsDbContext(DbContextOptions<PaymentsDbContext> options) : DbContext(options)
{
    public const string Schema = "payments";

    public DbSet<PayoutAccount> PayoutAccounts => Set<PayoutAccount>();

    public DbSet<ReceivedStripeEvent> ReceivedStripeEvents => Set<ReceivedStripeEvent>();

    public DbSet<PaymentCustomer> PaymentCustomers => Set<PaymentCustomer>();

    public DbSet<VisitPayment> VisitPayments => Set<VisitPayment>();

    public DbSet<LedgerLine> LedgerLines => Set<LedgerLine>();

    public DbSet<PaymentDispute> PaymentDisputes => Set<PaymentDispute>();

    public DbSet<CarerPayout> CarerPayouts => Set<CarerPayout>();

    public DbSet<VisitRefund> VisitRefunds => Set<VisitRefund>();

    public DbSet<PersonalBudget> PersonalBudgets => Set<PersonalBudget>();

    public DbSet<BudgetDraw> BudgetDraws => Set<BudgetDraw>();

    public DbSet<CouncilInvoice> CouncilInvoices => Set<CouncilInvoice>();

    public DbSet<BudgetCredit> BudgetCredits => Set<BudgetCredit>();

    public DbSet<StripeMovement> StripeMovements => Set<StripeMovement>();

    public DbSet<ReconciliationRun> ReconciliationRuns => Set<ReconciliationRun>();

    public DbSet<ReconciliationDifference> ReconciliationDifferences => Set<ReconciliationDifference>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimesPortably(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutbox("Payments");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(PaymentsDbContext).Assembly);
    }
}
