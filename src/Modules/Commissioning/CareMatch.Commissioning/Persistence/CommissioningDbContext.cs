using CareMatch.Commissioning.Activity;
using CareMatch.Commissioning.Councils;
using CareMatch.Commissioning.Rollup;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Commissioning.Persistence;

internal sealed class CommissioningDbContext(DbContextOptions<CommissioningDbContext> options) : DbContext(options)
{
    public const string Schema = Contracts.CommissioningTasks.OutboxModule;

    public DbSet<Council> Councils => Set<Council>();

    public DbSet<CouncilDistrict> CouncilDistricts => Set<CouncilDistrict>();

    public DbSet<CommissionerAssignment> CommissionerAssignments => Set<CommissionerAssignment>();

    public DbSet<RequestFact> RequestFacts => Set<RequestFact>();

    public DbSet<BookingFact> BookingFacts => Set<BookingFact>();

    public DbSet<VisitFact> VisitFacts => Set<VisitFact>();

    public DbSet<CarerFact> CarerFacts => Set<CarerFact>();

    public DbSet<MonthlyFigures> MonthlyFigures => Set<MonthlyFigures>();

    public DbSet<RollupRun> RollupRuns => Set<RollupRun>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimesPortably(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutbox("Commissioning");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CommissioningDbContext).Assembly);
    }
}
