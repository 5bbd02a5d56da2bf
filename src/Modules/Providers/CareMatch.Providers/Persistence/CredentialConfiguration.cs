using CareMatch.Providers.Credentials;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CareMatch.Providers.Persistence;

internal sealed class CredentialConfiguration : IEntityTypeConfiguration<Credential>
{
    public void Configure(EntityTypeBuilder<Credential> builder)
    {
        builder.ToTable("CarerCredentials");
        builder.HasKey(c => c.Id);
        builder.HasIndex(c => new { c.ProfileId, c.Kind }).IsUnique();
        builder.HasIndex(c => c.State);
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(c => c.State).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.CertificateNumber).HasMaxLength(CredentialRules.MaxCertificateNumberLength);
        builder.Property(c => c.RefereeName).HasMaxLength(CredentialRules.MaxRefereeNameLength);
        builder.Property(c => c.RejectionReason).HasMaxLength(CredentialRules.MaxRejectionReasonLength);
    }
}
