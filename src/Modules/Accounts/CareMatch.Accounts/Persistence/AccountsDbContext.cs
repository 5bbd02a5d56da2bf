using CareMatch.Accounts.Audit;
using CareMatch.Accounts.Sessions;
using CareMatch.SharedKernel.Outbox;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using CareMatch.SharedKernel.Persistence;
using Microsoft.EntityFrameworkCore;

namespace CareMatch.Accounts.Persistence;

/// <summary>Identity's users and roles, this module's outbox, and the Data Protection key ring every node shares.</summary>
internal sealed class AccountsDbContext(DbContextOptions<AccountsDbContext> options)
    : IdentityDbContext<IdentityUser>(options), IDataProtectionKeyContext
{
    public const string Schema = "accounts";

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<AccountSession> AccountSessions => Set<AccountSession>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder) =>
        configurationBuilder.StoreTimesPortably(Database);

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.HasDefaultSchema(Schema);
        builder.AddOutbox("Accounts");
        builder.Entity<AccountSession>(session =>
        {
            session.ToTable("AccountSessions");
            session.Property(s => s.Id).HasMaxLength(64);
            session.Property(s => s.UserId).HasMaxLength(450);
            session.HasIndex(s => s.UserId);
        });
        builder.Entity<AuditEntry>(entry =>
        {
            entry.ToTable("AuditEntries");
            entry.Property(e => e.Action).HasConversion<string>().HasMaxLength(40);
            entry.Property(e => e.ActorUserId).HasMaxLength(450);
            entry.Property(e => e.SubjectUserId).HasMaxLength(450);
            entry.Property(e => e.TypedEmail).HasMaxLength(AuditEntry.MaxEmailLength);
            entry.Property(e => e.Detail).HasMaxLength(AuditEntry.MaxDetailLength);
            entry.Property(e => e.IpAddress).HasMaxLength(64);
            entry.HasIndex(e => e.ActorUserId);
            entry.HasIndex(e => e.SubjectUserId);
        });
    }
}
