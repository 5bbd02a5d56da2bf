using CareMatch.Matching.Alerts;
using CareMatch.Matching.CarerIndexing;
using CareMatch.Matching.OpenRequests;
using CareMatch.Matching.Responsiveness;
using CareMatch.Matching.TrackRecords;
using CareMatch.Matching.Weights;
using CareMatch.SharedKernel.Outbox;
using CareMatch.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Matching.Persistence;

internal sealed class MatchingDbContext(DbContextOptions<MatchingDbContext> options) : DbContext(options)
{
    public const string Schema = "matching";

    public DbSet<SentJobAlert> JobAlerts => Set<SentJobAlert>();

    public DbSet<TrackedRequest> TrackedRequests => Set<TrackedRequest>();

    public DbSet<CarerChange> CarerChanges => Set<CarerChange>();

    public DbSet<CouncilWeightsOverride> CouncilWeights => Set<CouncilWeightsOverride>();

    public DbSet<CarerTrackRecord> TrackRecords => Set<CarerTrackRecord>();

    public DbSet<InvitationReply> InvitationReplies => Set<InvitationReply>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimesPortably(Database);

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.HasDefaultSchema(Schema);
        modelBuilder.AddOutbox("Matching");

        modelBuilder.Entity<SentJobAlert>(alert =>
        {
            alert.ToTable("MatchingJobAlerts");
            alert.HasKey(a => new { a.CarerProfileId, a.RequestId });
            alert.HasIndex(a => a.RequestId);
        });

        modelBuilder.Entity<TrackedRequest>(request =>
        {
            request.ToTable("MatchingTrackedRequests");
            request.HasKey(r => r.RequestId);
            request.Property(r => r.SeekerUserId).HasMaxLength(450);
            request.Property(r => r.Sector).HasMaxLength(8);
            request.Property(r => r.LastMatchCheck).HasMaxLength(100);
            request.HasIndex(r => r.SeekerUserId);
            request.Ignore(r => r.Widened);
        });

        modelBuilder.Entity<InvitationReply>(reply =>
        {
            reply.ToTable("MatchingInvitationReplies");
            reply.HasKey(r => r.OfferId);
            // The responsiveness question: this carer's replies since a date.
            reply.HasIndex(r => new { r.CarerProfileId, r.AnsweredAt });
        });

        modelBuilder.Entity<CarerChange>(change =>
        {
            change.ToTable("MatchingCarerChanges");
            change.HasKey(c => c.Id);
            change.HasIndex(c => c.ChangedAt);
        });

        modelBuilder.Entity<CarerTrackRecord>(record =>
        {
            record.ToTable("MatchingCarerTrackRecords");
            record.HasKey(r => r.CarerProfileId);
        });

        modelBuilder.Entity<CouncilWeightsOverride>(weights =>
        {
            weights.ToTable("MatchingCouncilWeights");
            weights.HasKey(w => w.CouncilId);
        });
    }
}
