using CareMatch.Needs.Acting;
using CareMatch.Needs.Requests;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Needs.Persistence;

internal sealed class NeedsDbContext(DbContextOptions<NeedsDbContext> options) : DbContext(options)
{
    public const string Schema = "needs";

    public DbSet<CareRequest> CareRequests => Set<CareRequest>();

    public DbSet<RequestAccess> RequestAccesses => Set<RequestAccess>();

    public DbSet<RequestActivity> RequestActivities => Set<RequestActivity>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimesPortably(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutbox("Needs");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(NeedsDbContext).Assembly);
    }
}
