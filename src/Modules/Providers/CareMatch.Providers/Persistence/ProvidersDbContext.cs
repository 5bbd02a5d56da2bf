using CareMatch.Providers.Credentials;
using CareMatch.Providers.Profiles;
using CareMatch.Providers.Uploads;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Providers.Persistence;

internal sealed class ProvidersDbContext(DbContextOptions<ProvidersDbContext> options) : DbContext(options)
{
    public const string Schema = "providers";

    public DbSet<CarerProfile> CarerProfiles => Set<CarerProfile>();

    public DbSet<Credential> Credentials => Set<Credential>();

    public DbSet<UploadedFile> UploadedFiles => Set<UploadedFile>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimesPortably(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutbox("Providers");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(ProvidersDbContext).Assembly);
    }
}
