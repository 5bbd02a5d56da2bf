using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Persistence;
using CareMatch.Trust.Messages;
using CareMatch.Trust.Reviews;
using CareMatch.Trust.Safeguarding;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Trust.Persistence;

internal sealed class TrustDbContext(DbContextOptions<TrustDbContext> options) : DbContext(options)
{
    public const string Schema = "trust";

    public DbSet<Conversation> Conversations => Set<Conversation>();

    public DbSet<ConversationMessage> ConversationMessages => Set<ConversationMessage>();

    public DbSet<ReviewRound> ReviewRounds => Set<ReviewRound>();

    public DbSet<Review> Reviews => Set<Review>();

    public DbSet<Concern> Concerns => Set<Concern>();

    public DbSet<ConcernEntry> ConcernEntries => Set<ConcernEntry>();

    public DbSet<SafeguardingContact> SafeguardingContacts => Set<SafeguardingContact>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimesPortably(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutbox("Trust");
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(TrustDbContext).Assembly);
    }
}
